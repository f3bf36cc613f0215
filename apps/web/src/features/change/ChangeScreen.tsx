import { DateSchema, dayBefore, NETWORK_LEVELS, type NetworkLevel, yearBefore } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { opgavenQuery } from '../../api/opgaven.ts';
import { useCanEdit } from '../../api/session.ts';
import { today } from '../../api/use-map-network.ts';
import { ChangeLegend } from './ChangeLegend.tsx';
import { ChangeLists } from './ChangeLists.tsx';
import { ChangeMap } from './ChangeMap.tsx';
import { ChangeMenu, type ChangeMenuItem } from './ChangeMenu.tsx';
import { type ChangeElements, changeElements, replayDates } from './change-elements.ts';
import { FiguresTable } from './FiguresTable.tsx';
import { ReplayControls } from './ReplayControls.tsx';
import { RoundCompare } from './RoundCompare.tsx';
import { type ChangeRequest, useChangeData, useReplayMoment } from './use-change-data.ts';
import '../map/workbench.css';
import '../map/frame.css';
import './change.css';
import { formatDate, t } from '../../i18n/catalogue.ts';
import { changeWorkbenchStrings } from '../../i18n/nl-change-workbench.ts';
import { type ChangeView, formatRoute } from '../../routing/route.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Field } from '../../ui/Field.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { SideToggle } from '../../ui/SideToggle.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useHeadingFocus } from '../../ui/use-heading-focus.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../ui/use-media-query.ts';
import type { LayoutState } from '../map/CytoscapeMap.tsx';
import { ViewForm } from '../map/forms/ViewForm.tsx';
import { mapLayoutKey, useKeptLayout } from '../map/layout/use-kept-layout.ts';

const w = changeWorkbenchStrings;

type Props = { change: ChangeView; onChange: (change: ChangeView) => void };

/** The day the Zuid-Limburg ZVHs started cooperating; a change "since" a date includes that day. */
const COOPERATION_START = '2021-10-01';
const STEP_MS = 1500;
/** a phone or a narrow window: the map first, the panel slides over it when asked for */
const MEDIUM = '(min-width: 1001px) and (max-width: 1400px)';
const EMPTY: ChangeElements = { nodes: [], edges: [], key: 'leeg' };

/** Replay state, tied to the request it was started for: a new request ends the replay. */
type Replay = { key: string; index: number; playing: boolean };

/** Change over time between two dates: a map of what came and went, the lists, the figures, a replay. */
export function ChangeScreen({ change, onChange }: Props) {
  useDocumentTitle(t.change.documentTitle);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('change');
  const to = change.to ?? today();
  const from = change.from ?? yearBefore(to);
  const valid = from <= to;
  const request = useMemo<ChangeRequest>(
    () => ({
      from,
      to,
      level: change.raad ? 'organisation' : change.level,
      view: change.raad ? 'raad' : 'werk',
      opgaveId: change.opgaveId,
    }),
    [from, to, change.level, change.raad, change.opgaveId],
  );
  const requestKey = JSON.stringify(request);
  const opgaven = useQuery(opgavenQuery({ kind: 'opgave', limit: 200 }));
  const { change: answer, before, after } = useChangeData(request, valid);
  const [layout, setLayout] = useState<LayoutState>('idle');
  const canSave = useCanEdit();
  // the actors stand where they stand on the map screen of the same opgave (or network) and level
  const kept = useKeptLayout(mapLayoutKey(request.opgaveId, request.level, false), {
    save: canSave && !change.raad,
  });
  const [saving, setSaving] = useState(false);
  const [savedView, setSavedView] = useState<string | null>(null);
  const sideId = useId();
  const settingsId = useId();
  const narrow = useMediaQuery(NARROW_SCREEN);
  // a laptop screen: "Opslaan als weergave" joins the presets in "Meer" so the controls stay one row
  const saveInMenu = useMediaQuery(MEDIUM);
  // on a phone the map comes first; the panel slides over it when asked for
  const [sideOpen, setSideOpen] = useState(() => !window.matchMedia(NARROW_SCREEN).matches);
  // on a phone the period and opgave fold out over the map; on a wide screen they are always shown
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsToggleRef = useRef<HTMLButtonElement>(null);
  // Escape folds the period and opgave away again and returns to their button
  useEffect(() => {
    if (!settingsOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // with "Meer" open, Escape closes that menu only
      if (document.querySelector(`[id="${settingsId}"] [aria-haspopup="menu"][aria-expanded="true"]`)) return;
      setSettingsOpen(false);
      settingsToggleRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [settingsOpen, settingsId]);

  // only answers to this request: under the raadsversie no name of the working view may linger
  const [answerData, beforeData, afterData] = [answer.data, before.data, after.data];
  const ready =
    answerData && beforeData && afterData
      ? { answer: answerData, before: beforeData, after: afterData }
      : null;
  const elements = useMemo(
    () => (answerData && beforeData && afterData ? changeElements(beforeData, afterData, answerData) : EMPTY),
    [answerData, beforeData, afterData],
  );

  const dates = useMemo(() => (valid ? replayDates(from, to) : []), [from, to, valid]);
  const [replayState, setReplay] = useState<Replay | null>(null);
  const replay = replayState?.key === requestKey ? replayState : null;
  const index = replay?.index ?? null;
  const date = index === null ? null : (dates[index] ?? null);
  const nextDate = index === null ? null : (dates[index + 1] ?? null);
  // the first moment is the start of `from` (the comparison counts what happened on that day)
  const asOf = (day: string | null) => (day !== null && day === from ? dayBefore(day) : day);
  const moment = useReplayMoment(request, asOf(date), replay?.playing ? asOf(nextDate) : null);

  // the replay steps on once the day it shows has loaded, and stops at the last day
  useEffect(() => {
    if (!replay?.playing || index === null || !moment.loaded || layout !== 'done') return;
    const timer = setTimeout(() => {
      const next = index + 1;
      setReplay(
        next >= dates.length
          ? { key: requestKey, index, playing: false }
          : { key: requestKey, index: next, playing: true },
      );
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [replay?.playing, index, moment.loaded, layout, dates.length, requestKey]);

  const set = (patch: Partial<ChangeView>) => onChange({ ...change, ...patch });
  const setDate = (field: 'from' | 'to', value: string) => {
    if (DateSchema.safeParse(value).success) set({ [field]: value });
  };
  const error = answer.error ?? before.error ?? after.error;
  const fromText = formatDate(from);
  const toText = formatDate(to);
  const visibleTies = moment.network
    ? new Set(moment.network.edges.map((e) => [e.source, e.target].sort().join('|'))).size
    : 0;
  const status = !valid
    ? t.change.invalidRange
    : !ready
      ? t.change.loading
      : date && moment.network
        ? t.change.replayStatus(formatDate(date), visibleTies)
        : layout === 'done'
          ? t.change.laidOut(fromText, toText)
          : t.change.loading;

  const menuItems: ChangeMenuItem[] = [
    {
      id: 'cooperation',
      label: t.change.presetCooperation,
      onSelect: () => set({ from: COOPERATION_START }),
    },
    { id: 'year', label: t.change.presetYear, onSelect: () => set({ from: null, to: null }) },
    ...(canSave && saveInMenu
      ? [{ id: 'save', label: t.change.saveView, disabled: !valid, onSelect: () => setSaving(true) }]
      : []),
  ];

  return (
    <main id="main" tabIndex={-1} className="map-screen change-screen">
      <div className={sideOpen ? 'workbench-frame' : 'workbench-frame side-closed'}>
        <div className="workbench-titlebar change-titlebar">
          <header className="map-header">
            <h1 ref={headingRef} tabIndex={-1}>
              {t.change.title}
            </h1>
            <span className="change-period" data-testid="change-period">
              {valid ? w.period(fromText, toText) : t.change.invalidRange}
            </span>
          </header>
          <SideToggle open={sideOpen} controls={sideId} onToggle={setSideOpen} />
          <form className="change-controls" onSubmit={(event) => event.preventDefault()}>
            <fieldset>
              <legend className="visually-hidden">{t.change.settings}</legend>
              <button
                type="button"
                ref={settingsToggleRef}
                className="secondary change-settings-toggle"
                aria-expanded={settingsOpen}
                aria-controls={settingsId}
                onClick={() => setSettingsOpen(!settingsOpen)}
              >
                {w.settings}
              </button>
              <div id={settingsId} className={settingsOpen ? 'change-settings open' : 'change-settings'}>
                <Field label={t.change.from}>
                  {({ id }) => (
                    <input
                      id={id}
                      type="date"
                      value={from}
                      max={to}
                      onChange={(e) => setDate('from', e.target.value)}
                    />
                  )}
                </Field>
                <Field label={t.change.to}>
                  {({ id }) => (
                    <input
                      id={id}
                      type="date"
                      value={to}
                      min={from}
                      onChange={(e) => setDate('to', e.target.value)}
                    />
                  )}
                </Field>
                <Field label={t.change.opgave}>
                  {({ id }) => (
                    <select
                      id={id}
                      value={change.opgaveId ?? ''}
                      onChange={(e) => set({ opgaveId: e.target.value || null })}
                    >
                      <option value="">{t.change.wholeNetwork}</option>
                      {(opgaven.data?.items ?? []).map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <fieldset className="segmented">
                  <legend>{t.change.level}</legend>
                  {NETWORK_LEVELS.map((level: NetworkLevel) => (
                    <label key={level}>
                      <input
                        type="radio"
                        name="change-level"
                        value={level}
                        checked={request.level === level}
                        disabled={change.raad}
                        onChange={() => set({ level })}
                      />
                      {t.change.levels[level]}
                    </label>
                  ))}
                </fieldset>
                <ChangeMenu items={menuItems} />
                {canSave && !saveInMenu && (
                  <button type="button" onClick={() => setSaving(true)} disabled={!valid}>
                    {t.change.saveView}
                  </button>
                )}
              </div>
              <div className="field field-checkbox">
                <label>
                  <input
                    type="checkbox"
                    checked={change.raad}
                    aria-describedby="change-raad-hint"
                    onChange={(e) => set({ raad: e.target.checked })}
                  />
                  {t.change.raad}
                </label>
                <span className="visually-hidden" id="change-raad-hint">
                  {t.change.raadHint}
                </span>
              </div>
            </fieldset>
          </form>
        </div>

        {savedView && (
          <p className="change-saved" role="status">
            {t.change.savedView}{' '}
            <a href={formatRoute({ screen: 'presentations' })}>{t.change.toPresentations}</a>
          </p>
        )}
        {error ? <ErrorMessage error={error} /> : null}
        {/* read out; on screen the period and the replay's date say the same */}
        <LiveStatus message={status} className="visually-hidden" />

        <div className="workbench change-layout">
          <section
            className="workbench-main change-main"
            data-pane="kaart"
            aria-labelledby="change-map-heading"
          >
            <h2 id="change-map-heading" className="visually-hidden">
              {t.change.mapHeading}
            </h2>
            <ReplayControls
              dates={dates}
              index={index}
              playing={replay?.playing ?? false}
              onPlay={() =>
                setReplay({
                  key: requestKey,
                  index: index === null || index >= dates.length - 1 ? 0 : index,
                  playing: true,
                })
              }
              onPause={() => setReplay(replay && { ...replay, playing: false })}
              onScrub={(i) => setReplay({ key: requestKey, index: i, playing: false })}
              onStop={() => setReplay(null)}
            />
            <div className="pane">
              <ChangeMap
                elements={elements}
                moment={moment.network}
                label={t.change.mapLabel(fromText, toText)}
                describedBy={ready ? 'change-map-summary' : undefined}
                onLayoutStateChange={setLayout}
                kept={kept}
              />
            </div>
            <ChangeLegend withInterim={date !== null} fold={narrow} />
          </section>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the panel scrolls on its own and must be scrollable by keyboard */}
          <aside id={sideId} className="workbench-side change-side" aria-label={w.panel} tabIndex={0}>
            {ready && (
              <section className="change-side-card" aria-labelledby="change-summary-heading">
                <h2 id="change-summary-heading">{w.summaryHeading}</h2>
                <p id="change-map-summary" className="change-summary" data-testid="change-summary">
                  {t.change.summary({
                    added: ready.answer.summary.tiesAdded,
                    removed: ready.answer.summary.tiesRemoved,
                    joined: ready.answer.summary.actorsJoined,
                    left: ready.answer.summary.actorsLeft,
                  })}
                </p>
                <FiguresTable before={ready.answer.figures.before} after={ready.answer.figures.after} />
              </section>
            )}
            <RoundCompare change={change} onChange={onChange} />
            {ready && (
              <section className="change-side-card" aria-labelledby="change-lists-heading">
                <h2 id="change-lists-heading">{t.change.lists}</h2>
                <ChangeLists change={ready.answer} />
              </section>
            )}
          </aside>
        </div>
      </div>

      {saving && (
        <Dialog title={t.change.saveView} onClose={() => setSaving(false)} testId="change-view-dialog">
          <ViewForm
            view={null}
            snapshot={() => ({
              opgaveId: change.opgaveId,
              positions: {},
              filters: { level: request.level, asOf: to },
              styling: { compareFrom: from },
            })}
            onDone={(id) => {
              setSaving(false);
              setSavedView(id);
            }}
            onCancel={() => setSaving(false)}
          />
        </Dialog>
      )}
    </main>
  );
}
