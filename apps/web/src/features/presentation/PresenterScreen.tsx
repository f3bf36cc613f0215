import type { Deck, DeckStep } from '@regiekaart/model';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { StylesheetJson } from 'cytoscape';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { organisationsQuery } from '../../api/actors.ts';
import { analysisQuery } from '../../api/analysis.ts';
import { keyFiguresQuery } from '../../api/key-figures.ts';
import { deckQuery } from '../../api/presentations.ts';
import { useCanEdit } from '../../api/session.ts';
import { useDomainLabels } from '../../api/use-domain-labels.ts';
import { today } from '../../api/use-map-network.ts';
import { ChangeLegend } from '../change/ChangeLegend.tsx';
import { ChangeMap } from '../change/ChangeMap.tsx';
import { changeElements } from '../change/change-elements.ts';
import { DomainBars } from '../change/DomainBars.tsx';
import { useChangeData } from '../change/use-change-data.ts';
import '../change/change.css';
import { formatDate, t } from '../../i18n/catalogue.ts';
import { formatRoute, SIZE_METRICS } from '../../routing/route.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { LoadState } from '../../ui/LoadState.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { CytoscapeMap, type MapSelection } from '../map/CytoscapeMap.tsx';
import { downloadBlob } from '../map/export-image.ts';
import { mapLayoutKey, useKeptLayout } from '../map/layout/use-kept-layout.ts';
import { DomainList } from '../map/MapLegend.tsx';
import { MinPeopleSelect } from '../map/MinPeopleSelect.tsx';
import { actorMetrics, sizesByMetric } from '../map/metric-values.ts';
import { exportDeckPdf } from './export-deck-pdf.ts';
import type { ReportFigure } from './pdf-report.ts';
import {
  changeFigures,
  changeStepRequest,
  coverageRows,
  keyFigureRows,
  stepDate,
  stepDates,
  stepFigures,
  stepNetwork,
  stepNetworkQuery,
  stepParams,
} from './step-network.ts';
import './presentation.css';

type Props = {
  presentationId: string;
  /** 1-based */
  step: number;
  /** null: the presentation's own choice */
  raad: boolean | null;
  /** raadsversie: organisations with fewer people fold into "overig"; null: the server's default */
  minPeople: number | null;
  onChange: (next: { step?: number; raad?: boolean | null; minPeople?: number | null }) => void;
};

/** Labels readable from the back of a council chamber. */
const PROJECTOR_STYLE: StylesheetJson = [
  {
    selector: 'node[colour]',
    style: { 'font-size': 14, 'text-max-width': '150px', 'min-zoomed-font-size': 6 },
  },
  { selector: 'node.organisation', style: { 'font-size': 17, 'text-max-width': '200px' } },
];

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p']);
const BLANK_KEYS = new Set(['b', 'B', '.']);
const t_ = t.presenter;

/** Keys typed into a control belong to that control, not to the presentation. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  if (target instanceof HTMLInputElement) return target.type !== 'checkbox' || key === ' ';
  // space and enter press a focused button or link
  return (
    (key === ' ' || key === 'Enter') &&
    (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement)
  );
}

/**
 * A presentation on the whole screen: one saved view per step with its title, caption and key
 * figures, large type and high contrast, stepped through with arrow keys, Page Up/Down (a clicker)
 * or the buttons. In the raadsversie everything it shows comes redacted from the server.
 */
export function PresenterScreen({ presentationId, step, raad, minPeople, onChange }: Props) {
  const queryClient = useQueryClient();
  const rootRef = useRef<HTMLElement>(null);
  const deck = useQuery(
    deckQuery(presentationId, raad === null ? null : raad ? 'raad' : 'werk', minPeople ?? undefined),
  );
  const minPeopleId = useId();
  const canEdit = useCanEdit();
  const [fullScreen, setFullScreen] = useState(false);
  // a clicker's "blank screen" key (B or .): the room looks at the speaker, not the map
  const [blank, setBlank] = useState(false);
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);

  const data = deck.data;
  const total = data?.steps.length ?? 0;
  const number = Math.min(Math.max(step, 1), Math.max(total, 1));
  const current = data?.steps[number - 1];
  const isRaad = data?.view === 'raad';

  useDocumentTitle(data ? t_.documentTitle(data.name, number, total) : t_.loading);

  const go = useCallback(
    (target: number) => {
      if (!total) return;
      const next = Math.min(Math.max(target, 1), total);
      if (next !== number) onChange({ step: next });
    },
    [number, total, onChange],
  );

  const toggleFullScreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void rootRef.current?.requestFullscreen?.().catch(() => {});
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownsKey(event.target, event.key)) return;
      if (BLANK_KEYS.has(event.key)) setBlank((on) => !on);
      else if (blank) setBlank(false);
      else if (NEXT_KEYS.has(event.key)) go(number + 1);
      else if (PREVIOUS_KEYS.has(event.key)) go(number - 1);
      else if (event.key === 'Home') go(1);
      else if (event.key === 'End') go(total);
      else if (event.key === 'f' || event.key === 'F') toggleFullScreen();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, number, total, toggleFullScreen, blank]);

  useEffect(() => {
    const onChangeFullScreen = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChangeFullScreen);
    return () => document.removeEventListener('fullscreenchange', onChangeFullScreen);
  }, []);

  // the step outside the range (an old link) is put right in the URL
  useEffect(() => {
    if (data && total > 0 && step !== number) onChange({ step: number });
  }, [data, total, step, number, onChange]);

  const exportPdf = async (deckData: Deck) => {
    setExportError(null);
    try {
      const bytes = await exportDeckPdf(deckData, queryClient, (n, of) => setExporting(t_.exporting(n, of)));
      downloadBlob(
        new Blob([bytes.slice().buffer], { type: 'application/pdf' }),
        t.report.filename(deckData.name),
      );
      setExporting(t_.exported);
    } catch (error) {
      setExporting(null);
      setExportError(error);
    }
  };

  return (
    <main
      id="main"
      ref={rootRef}
      tabIndex={-1}
      className={`presenter${fullScreen ? ' presenter-full' : ''}`}
      data-view={data?.view}
      data-testid="presenter"
    >
      <div className="presenter-bar" role="toolbar" aria-label={t_.controls}>
        <span className="presenter-name">{data?.name}</span>
        {isRaad && <span className="presenter-raad-badge">{t_.raadOn}</span>}
        <span className="spacer" />
        <label className="presenter-switch">
          <input
            type="checkbox"
            checked={isRaad}
            disabled={!data}
            onChange={(event) => onChange({ raad: event.target.checked })}
          />
          {t_.raad}
        </label>
        {isRaad && (
          <span className="presenter-min-people">
            <label htmlFor={minPeopleId}>{t.raad.minPeople}</label>
            <MinPeopleSelect
              id={minPeopleId}
              value={minPeople}
              onChange={(next) => onChange({ minPeople: next })}
            />
          </span>
        )}
        <button type="button" onClick={toggleFullScreen} aria-pressed={fullScreen}>
          {fullScreen ? t_.leaveFullScreen : t_.fullScreen}
        </button>
        <button
          type="button"
          disabled={!data || total === 0 || (exporting !== null && exporting !== t_.exported)}
          onClick={() => data && void exportPdf(data)}
        >
          {t_.exportPdf}
        </button>
        {canEdit && <a href={formatRoute({ screen: 'presentation-edit', presentationId })}>{t_.edit}</a>}
        <a href={formatRoute({ screen: 'presentations' })}>{t_.close}</a>
      </div>
      <div className="visually-hidden">
        <LiveStatus message={current ? t_.announce(number, total, current.title) : null} />
      </div>
      <LiveStatus message={exporting} />
      {exportError !== null && <ErrorMessage error={exportError} />}
      {deck.error ? (
        <ErrorMessage error={deck.error} onRetry={() => void deck.refetch()} />
      ) : !data ? (
        <LiveStatus message={t_.loading} />
      ) : !current ? (
        <p className="presenter-empty">{t_.noSteps}</p>
      ) : (
        <StepView key={`${current.number}-${data.view}`} step={current} deck={data} />
      )}
      <nav className="presenter-nav" aria-label={t_.controls}>
        <button type="button" onClick={() => go(number - 1)} disabled={number <= 1}>
          <span aria-hidden="true">← </span>
          {t_.previous}
        </button>
        <span className="presenter-counter" data-testid="step-counter">
          {total > 0 ? t_.counter(number, total) : ''}
        </span>
        <button type="button" onClick={() => go(number + 1)} disabled={number >= total}>
          {t_.next}
          <span aria-hidden="true"> →</span>
        </button>
      </nav>
      <p className="presenter-hint">{t_.keysHint}</p>
      {blank && (
        <button
          type="button"
          className="presenter-blank"
          data-testid="presenter-blank"
          aria-label={t_.blankEnd}
          onClick={() => setBlank(false)}
        />
      )}
      {data && <PresenterFooter deck={data} step={current} />}
    </main>
  );
}

function StepView({ step, deck }: { step: DeckStep; deck: Deck }) {
  const raad = deck.view === 'raad';
  return (
    <section className="presenter-step" aria-labelledby="presenter-step-title" data-step={step.number}>
      <h1 id="presenter-step-title">{step.title}</h1>
      {step.caption && <p className="presenter-caption">{step.caption}</p>}
      {step.available && step.kind === 'figures' ? (
        <FiguresSlide step={step} />
      ) : step.available && step.kind === 'change' ? (
        <ChangeStepMap step={step} raad={raad} />
      ) : step.available ? (
        <StepMap step={step} raad={raad} minPeople={deck.minPeople} />
      ) : (
        <p className="presenter-casus" data-testid="casus-step">
          {t_.casusStep}
        </p>
      )}
    </section>
  );
}

function StepMap({ step, raad, minPeople }: { step: DeckStep; raad: boolean; minPeople: number }) {
  const network = useQuery(stepNetworkQuery(step, raad, minPeople));
  const [selected, setSelected] = useState<MapSelection | null>(null);
  const sizeBy = SIZE_METRICS.find((m) => m === step.styling.sizeBy) ?? null;
  const level = raad ? 'organisation' : (step.filters.level ?? 'person');
  const analysis = useQuery({
    ...analysisQuery(step.opgaveId, stepParams(step, raad, minPeople)),
    enabled: sizeBy !== null,
  });
  const grouped = step.styling.groupByOrganisation === true && level === 'person';
  const organisations = useQuery({ ...organisationsQuery(), enabled: grouped }).data?.items;
  // the positions kept for the map, as the map screen shows it; the presenter only reads them
  const kept = useKeptLayout(mapLayoutKey(step.opgaveId ?? null, level, grouped), { save: false });

  const shown = useMemo(
    () => (network.data ? stepNetwork(step, network.data) : undefined),
    [network.data, step],
  );
  // metrics of the whole analysed network, as on the map screen; sizes for the nodes the step shows
  const sizes = useMemo(
    () =>
      sizeBy && shown && network.data && analysis.data
        ? sizesByMetric(sizeBy, shown, actorMetrics(network.data, analysis.data))
        : null,
    [sizeBy, shown, network.data, analysis.data],
  );
  const groups = useMemo(
    () =>
      grouped && organisations ? new Map(organisations.map((o) => [o.id, o.shortName ?? o.name])) : null,
    [grouped, organisations],
  );
  // saved positions only when they place every actor (a folded "overig" has none of its own)
  const positions = useMemo(
    () => (shown?.nodes.every((n) => step.positions[n.id]) ? step.positions : null),
    [shown, step.positions],
  );
  const figures = useMemo(() => (shown ? stepFigures(shown) : []), [shown]);
  const domainLabel = useDomainLabels();

  if (network.error || !shown)
    return <LoadState error={network.error} loading={t_.mapLoading} onRetry={() => void network.refetch()} />;
  return (
    <div className="presenter-body">
      <CytoscapeMap
        network={shown}
        label={t_.mapLabel(step.title)}
        selected={selected}
        onSelect={setSelected}
        positions={positions}
        sizes={sizes}
        groups={groups}
        extraStyle={PROJECTOR_STYLE}
        kept={kept}
      />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the figures scroll on their own on a small screen, so the keyboard must reach them */}
      <aside className="presenter-figures" aria-label={t_.figures} tabIndex={0}>
        <p className="presenter-place">
          {step.opgaveName ? t_.opgave(step.opgaveName) : t_.wholeNetwork}
          <br />
          {t_.asOf(formatDate(stepDate(step)))}
        </p>
        <h2>{t_.figures}</h2>
        <FigureList figures={figures} />
        <h2>{t_.domains}</h2>
        <DomainList network={shown} domainLabel={domainLabel} />
      </aside>
    </div>
  );
}

function ChangeStepMap({ step, raad }: { step: DeckStep; raad: boolean }) {
  const request = useMemo(() => changeStepRequest(step, raad), [step, raad]);
  const { change, before, after } = useChangeData(request, true);
  const elements = useMemo(
    () =>
      change.data && before.data && after.data ? changeElements(before.data, after.data, change.data) : null,
    [change.data, before.data, after.data],
  );
  const figures = useMemo(() => (change.data ? changeFigures(change.data) : []), [change.data]);
  // where the actors stand on the map screen; the presenter only reads it
  const kept = useKeptLayout(mapLayoutKey(request.opgaveId, request.level, false), { save: false });
  const error = change.error ?? before.error ?? after.error;
  if (error || !elements) return <LoadState error={error} loading={t_.mapLoading} />;
  const from = formatDate(request.from);
  const to = formatDate(request.to);
  return (
    <div className="presenter-body">
      <ChangeMap
        elements={elements}
        moment={null}
        label={t_.changeMapLabel(step.title, from, to)}
        extraStyle={PROJECTOR_STYLE}
        kept={kept}
      />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the figures scroll on their own on a small screen, so the keyboard must reach them */}
      <aside className="presenter-figures" aria-label={t_.figures} tabIndex={0}>
        <p className="presenter-place">
          {step.opgaveName ? t_.opgave(step.opgaveName) : t_.wholeNetwork}
          <br />
          {t_.between(from, to)}
        </p>
        <h2>{t_.figures}</h2>
        <FigureList figures={figures} />
        <ChangeLegend withInterim={false} />
      </aside>
    </div>
  );
}

function FiguresSlide({ step }: { step: DeckStep }) {
  const query = useQuery(
    keyFiguresQuery({
      ...(step.filters.asOf ? { asOf: step.filters.asOf } : {}),
      ...(step.compareFrom ? { compareWith: step.compareFrom } : {}),
    }),
  );
  const figures = query.data;
  if (query.error || !figures)
    return <LoadState error={query.error} loading={t_.mapLoading} onRetry={() => void query.refetch()} />;
  const coverage = coverageRows(figures);
  return (
    <div className="presenter-body presenter-figures-slide" data-testid="figures-slide">
      <div>
        <p className="presenter-place">
          {t_.compared(formatDate(figures.before.date), formatDate(figures.now.date))}
        </p>
        <h2>{t_.perDomain}</h2>
        <DomainBars before={figures.before} now={figures.now} compact />
        {coverage.length > 0 && (
          <>
            <h2>{t_.coverage}</h2>
            <ul className="presenter-coverage">
              {coverage.map(([name, text]) => (
                <li key={name}>
                  <strong>{name}</strong>: {text}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the figures scroll on their own on a small screen, so the keyboard must reach them */}
      <aside className="presenter-figures" aria-label={t_.figures} tabIndex={0}>
        <h2>{t_.figures}</h2>
        <FigureList figures={keyFigureRows(figures)} />
      </aside>
    </div>
  );
}

function FigureList({ figures }: { figures: ReportFigure[] }) {
  return (
    <dl>
      {figures.map((figure) => (
        <div key={figure.label}>
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function PresenterFooter({ deck, step }: { deck: Deck; step: DeckStep | undefined }) {
  const f = t_.footer;
  const parts = [
    `${f.generated} ${formatDate(today())}`,
    `${f.dataDate} ${f.dates((step?.available ? stepDates(step) : [today()]).map(formatDate))}`,
    ...(deck.purpose ? [`${f.purpose}: ${deck.purpose}`] : []),
    ...(deck.view === 'raad' ? [t_.raadOn] : []),
  ];
  return (
    <footer className="presenter-footer" data-testid="presenter-footer">
      {parts.map((part) => (
        <span key={part}>{part}</span>
      ))}
    </footer>
  );
}
