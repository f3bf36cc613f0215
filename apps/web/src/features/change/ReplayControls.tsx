import { useId } from 'react';
import { formatDate, t } from '../../i18n/catalogue.ts';

type Props = {
  dates: readonly string[];
  /** the stop shown; null: the comparison of both dates */
  index: number | null;
  playing: boolean;
  onPlay: () => void;
  onPause: () => void;
  onScrub: (index: number) => void;
  onStop: () => void;
};

/** Play, pause and scrub through the quarters between the two dates; all by keyboard too. */
export function ReplayControls({ dates, index, playing, onPlay, onPause, onScrub, onStop }: Props) {
  const id = useId();
  const last = dates.length - 1;
  const value = index ?? last;
  const date = index === null ? null : (dates[index] ?? null);
  return (
    <fieldset className="replay" data-map-overlay="">
      {/* on a phone the row keeps its room: the legend and the slider's name are read out, not shown */}
      <legend className="narrow-hidden">{t.change.replay}</legend>
      {/* read out, not shown: the period and the replay's date say the same on screen */}
      <p className="visually-hidden" id={`${id}-hint`}>
        {t.change.replayHint}
      </p>
      <div className="replay-row">
        <button
          type="button"
          aria-pressed={playing}
          onClick={playing ? onPause : onPlay}
          data-testid="replay-play"
          disabled={dates.length < 2}
        >
          <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
          {playing ? t.change.pause : t.change.play}
        </button>
        <label htmlFor={`${id}-slider`} className="narrow-hidden">
          {t.change.slider}
        </label>
        <input
          id={`${id}-slider`}
          type="range"
          min={0}
          max={Math.max(0, last)}
          step={1}
          value={value}
          aria-describedby={`${id}-hint`}
          aria-valuetext={date ? formatDate(date) : t.change.comparison}
          data-testid="replay-slider"
          onChange={(event) => onScrub(Number(event.target.value))}
        />
        <output
          className="replay-date"
          data-testid="replay-date"
          data-date={date ?? ''}
          htmlFor={`${id}-slider`}
        >
          {date ? t.change.showing(formatDate(date)) : t.change.comparison}
        </output>
        {index !== null && (
          <button type="button" className="secondary" onClick={onStop}>
            {t.change.backToComparison}
          </button>
        )}
      </div>
    </fieldset>
  );
}
