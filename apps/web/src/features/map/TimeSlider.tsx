import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { today } from '../../api/use-map-network.ts';
import { formatDate, t } from '../../i18n/catalogue.ts';

type Props = {
  /** `YYYY-MM-DD`; null: today */
  asOf: string | null;
  onChange: (asOf: string | null) => void;
};

const FIRST_YEAR = 2019;
const STEP_MS = 1400;

/** The first day of every quarter from 2019 up to today, then today itself. */
export function quarterStops(now: string): string[] {
  const stops: string[] = [];
  const [year = FIRST_YEAR] = now.split('-').map(Number);
  for (let y = FIRST_YEAR; y <= year; y++) {
    for (const month of ['01', '04', '07', '10']) {
      const day = `${y}-${month}-01`;
      if (day < now) stops.push(day);
    }
  }
  stops.push(now);
  return stops;
}

/** The last stop on or before the day; the first stop for days before 2019. */
function stopIndex(stops: readonly string[], day: string): number {
  let index = 0;
  stops.forEach((stop, i) => {
    if (stop <= day) index = i;
  });
  return index;
}

/**
 * "Zoals op": a slider over the quarters since 2019 that replays the network through time, a play
 * button that steps through them, and an exact date.
 */
export function TimeSlider({ asOf, onChange }: Props) {
  const id = useId();
  const now = today();
  const stops = useMemo(() => quarterStops(now), [now]);
  const last = stops.length - 1;
  const index = asOf === null ? last : stopIndex(stops, asOf);
  const [playing, setPlaying] = useState(false);
  const shown = asOf ?? now;
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    if (!playing) return;
    if (index >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => {
      const next = index + 1;
      onChangeRef.current(next >= last ? null : (stops[next] ?? null));
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, index, last, stops]);

  const play = () => {
    if (index >= last) onChange(stops[0] ?? null);
    setPlaying(true);
  };

  return (
    <fieldset className="timeline">
      <legend className="visually-hidden">{t.workbench.timeline.legend}</legend>
      <button
        type="button"
        className="play"
        aria-pressed={playing}
        onClick={() => (playing ? setPlaying(false) : play())}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
        {playing ? t.workbench.timeline.pause : t.workbench.timeline.play}
      </button>
      <div className="timeline-slider">
        <label htmlFor={`${id}-range`}>{t.workbench.timeline.slider}</label>
        <span className="timeline-end" aria-hidden="true">
          {t.workbench.timeline.from}
        </span>
        <input
          id={`${id}-range`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          aria-valuetext={t.workbench.timeline.sliderValue(formatDate(stops[index] ?? now))}
          data-testid="time-slider"
          onChange={(event) => {
            setPlaying(false);
            const next = Number(event.target.value);
            onChange(next >= last ? null : (stops[next] ?? null));
          }}
        />
        <span className="timeline-end" aria-hidden="true">
          {t.workbench.timeline.to}
        </span>
      </div>
      <div className="timeline-date">
        <label htmlFor={`${id}-date`}>{t.workbench.timeline.date}</label>
        <input
          id={`${id}-date`}
          type="date"
          min={`${FIRST_YEAR}-01-01`}
          max={now}
          value={shown}
          onChange={(event) => {
            setPlaying(false);
            const value = event.target.value;
            onChange(value && value !== now ? value : null);
          }}
        />
        <button
          type="button"
          className="secondary"
          disabled={asOf === null}
          onClick={() => {
            setPlaying(false);
            onChange(null);
          }}
        >
          {t.workbench.timeline.today}
        </button>
      </div>
      <output className="timeline-current" htmlFor={`${id}-range ${id}-date`}>
        {formatDate(shown)}
      </output>
    </fieldset>
  );
}
