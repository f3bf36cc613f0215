import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { organisationsQuery } from '../../api/actors.ts';
import { isApiError } from '../../api/api-error.ts';
import { useCanEdit } from '../../api/session.ts';
import { useDomainLabels } from '../../api/use-domain-labels.ts';
import { useKindLabels } from '../../api/use-kind-labels.ts';
import { today, useMapAnalysis, useMapNetwork } from '../../api/use-map-network.ts';
import { t } from '../../i18n/catalogue.ts';
import { mapuiStrings } from '../../i18n/nl-mapui.ts';
import type { MapPane, MapView, SidePane } from '../../routing/route.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { SideToggle } from '../../ui/SideToggle.tsx';
import { panelId, Tabs, tabId } from '../../ui/Tabs.tsx';
import { NARROW_SCREEN } from '../../ui/use-media-query.ts';
import { ActorSearch } from './ActorSearch.tsx';
import { ActorTable } from './ActorTable.tsx';
import {
  CytoscapeMap,
  type LayoutState,
  type MapGreyed,
  type MapHighlight,
  type MapSelection,
} from './CytoscapeMap.tsx';
import { DomainsPane } from './DomainsPane.tsx';
import { EmptyMap, type MapPeriod } from './EmptyMap.tsx';
import { type Insight, InsightsPanel } from './InsightsPanel.tsx';
import { mapLayoutKey, useKeptLayout } from './layout/use-kept-layout.ts';
import { MapCaption } from './MapCaption.tsx';
import { MapControlsFold } from './MapControls.tsx';
import { MapDisplayOptions, MapFilters } from './MapFilters.tsx';
import { MapLegend } from './MapLegend.tsx';
import { DEFAULT_MIN_PEOPLE } from './MinPeopleSelect.tsx';
import { actorMetrics, egoNetwork, sizesByMetric } from './metric-values.ts';
import { NetworkSummary } from './NetworkSummary.tsx';
import { NodeDetails } from './NodeDetails.tsx';
import { RaadFooter } from './RaadFooter.tsx';
import { SelectionPanel } from './SelectionPanel.tsx';
import { TimeSlider } from './TimeSlider.tsx';
import { useMapWorkbench } from './use-map-workbench.ts';
import { WhatIfPanel } from './WhatIfPanel.tsx';
import { WorkbenchDialogs } from './WorkbenchDialogs.tsx';
import { WorkbenchPanels } from './WorkbenchPanels.tsx';
import { WorkbenchToolbar } from './WorkbenchToolbar.tsx';
import { mostDamagingActors, whatIf } from './what-if.ts';
import './workbench.css';
import './frame.css';
import { nodesById } from './node-index.ts';
import { isFiltered, withoutFilters } from './view-filters.ts';

type Props = {
  /** null: the whole network */
  opgaveId: string | null;
  title: string;
  /** the screen's title row; the view controls join it */
  header: ReactNode;
  view: MapView;
  /** the people of the person map, when there are so many that the map opened at organisation level */
  largeMapPeople?: number | null;
  /**
   * the opgave or casus and its period, for a map with nobody on it; null: the whole network;
   * undefined: not known yet (a map with nobody on it says nothing until it is)
   */
  period: MapPeriod | null | undefined;
  onViewChange: (view: MapView) => void;
};

type SideTab = 'selection' | 'insights' | 'whatIf' | 'legend';

/** The side tabs' names in the URL (`paneel=`), in Dutch as the users say them. */
const SIDE_IN_URL = {
  selection: 'selectie',
  insights: 'inzichten',
  whatIf: 'watals',
  legend: 'legenda',
} as const satisfies Record<SideTab, SidePane>;
const sideFromUrl = (side: SidePane): SideTab =>
  (Object.keys(SIDE_IN_URL) as SideTab[]).find((tab) => SIDE_IN_URL[tab] === side) ?? 'selection';

const PANES: { id: MapPane; label: string }[] = [
  { id: 'kaart', label: t.workbench.panes.kaart },
  { id: 'tabel', label: t.workbench.panes.tabel },
  { id: 'domeinen', label: t.workbench.panes.domeinen },
];

const SIDE_TABS: { id: SideTab; label: string }[] = [
  { id: 'selection', label: t.workbench.side.selection },
  { id: 'insights', label: t.workbench.side.insights },
  { id: 'whatIf', label: t.workbench.side.whatIf },
  { id: 'legend', label: t.workbench.side.legend },
];

/**
 * What the map shows of the view: the raadsversie is at organisation level, without groups of people
 * or a focus on one actor (a focus could name a person in the caption).
 */
function shownView(view: MapView): MapView {
  return view.raad ? { ...view, level: 'organisation', groupByOrganisation: false, focus: null } : view;
}

/**
 * The map screen's working area: view controls and filters, the map (or its table, or the domain
 * heatmap), and a side panel with the selection, insights, "what if" and the legend. In the
 * raadsversie the server redacts the network, and nothing that loads people, notes or saved views
 * (with positions per person) is shown: no editing tools, no workbench panels, no actor details.
 */
export function MapWorkbench({
  opgaveId,
  title,
  header,
  view: routeView,
  largeMapPeople = null,
  period,
  onViewChange,
}: Props) {
  const view = shownView(routeView);
  const raad = view.raad;
  const summaryId = useId();
  const sideId = useId();
  // on a phone the map comes first; the panel slides over it when asked for
  const [sideOpen, setSideOpen] = useState(() => !window.matchMedia(NARROW_SCREEN).matches);
  const [filtersOpen, setFiltersOpen] = useState(true);
  const domainLabel = useDomainLabels();
  const kindLabel = useKindLabels();
  const organisations = useQuery(organisationsQuery()).data?.items;
  const canEdit = useCanEdit();
  const network = useMapNetwork(opgaveId, view);
  const [layoutState, setLayoutState] = useState<LayoutState>('idle');
  // a map is drawn before its metrics are asked for: computing them (on the server) and showing them
  // (here) would take the machine from the layout and the first picture, which do not need them (a
  // metric that sizes the nodes is asked for at once)
  const [drawn, setDrawn] = useState(false);
  // one render for both (the workbench renders again once the map has drawn itself)
  const onLayoutStateChange = useCallback((state: LayoutState) => {
    setLayoutState(state);
    if (state === 'done') setDrawn(true);
  }, []);
  const analysis = useMapAnalysis(opgaveId, view, {
    enabled: drawn || network.isError || view.sizeBy !== null,
  });
  const [selected, setSelected] = useState<MapSelection | null>(() =>
    routeView.actor ? { type: 'node', id: routeView.actor } : null,
  );
  const [sideTab, setSideTab] = useState<SideTab>(() => sideFromUrl(routeView.side));

  // the selected actor and the open tab live in the URL too, so a reload or a shared link keeps them
  const selectedActor = selected?.type === 'node' ? selected.id : null;
  const sideInUrl = SIDE_IN_URL[sideTab];
  useEffect(() => {
    if (routeView.actor === selectedActor && routeView.side === sideInUrl) return;
    onViewChange({ ...routeView, actor: selectedActor, side: sideInUrl });
  }, [selectedActor, sideInUrl, routeView, onViewChange]);
  // the side panel starts with its tabs: another tab, or another actor in the selection tab, is
  // shown from its start, also when the panel had been scrolled down (to the filters below)
  const sideRef = useRef<HTMLElement>(null);
  const lastSide = useRef({ actor: selectedActor, tab: sideTab });
  useEffect(() => {
    const last = lastSide.current;
    lastSide.current = { actor: selectedActor, tab: sideTab };
    const newActor = sideTab === 'selection' && selectedActor !== null && selectedActor !== last.actor;
    if (!newActor && sideTab === last.tab) return;
    const aside = sideRef.current;
    if (aside && aside.scrollTop > 0) aside.scrollTo({ top: 0 });
  }, [selectedActor, sideTab]);
  const [insight, setInsight] = useState<Insight | null>(null);
  const [removed, setRemoved] = useState<string[]>([]);
  const [centre, setCentre] = useState<{ ids: readonly string[] } | null>(null);

  // while the raadsversie loads, the working network it replaces must not show through
  const data = raad && network.data?.meta?.view !== 'raad' ? undefined : network.data;
  const analysisData = raad && analysis.isPlaceholderData ? undefined : analysis.data;
  const shown = useMemo(
    () => (data && view.focus ? (egoNetwork(data, view.focus) ?? data) : data),
    [data, view.focus],
  );

  // a selection from another level, date or filter means nothing here
  useEffect(() => {
    if (!shown || !selected) return;
    const exists =
      selected.type === 'node'
        ? shown.nodes.some((n) => n.id === selected.id)
        : shown.edges.some((e) => e.id === selected.id);
    if (!exists) setSelected(null);
  }, [shown, selected]);

  const selectNode = useCallback((id: string | null) => setSelected(id ? { type: 'node', id } : null), []);
  const editing = useMapWorkbench({ opgaveId, view, network: shown, selected, onSelect: selectNode, raad });

  const metrics = useMemo(
    () => (data && analysisData ? actorMetrics(data, analysisData) : undefined),
    [data, analysisData],
  );
  const sizes = useMemo(
    () => (view.sizeBy && metrics && shown ? sizesByMetric(view.sizeBy, shown, metrics) : null),
    [view.sizeBy, metrics, shown],
  );
  const groups = useMemo(
    () =>
      view.groupByOrganisation && view.level === 'person' && organisations
        ? new Map(organisations.map((o) => [o.id, o.shortName ?? o.name]))
        : null,
    [view.groupByOrganisation, view.level, organisations],
  );

  // where the nodes stand is kept per map and level; a lezer and the raadsversie only read it
  const kept = useKeptLayout(mapLayoutKey(opgaveId, view.level, groups !== null), {
    save: canEdit && !raad,
  });

  const labelOf = useCallback(
    (id: string) =>
      (shown && nodesById(shown).get(id)?.label) ??
      organisations?.find((o) => o.id === id)?.shortName ??
      organisations?.find((o) => o.id === id)?.name ??
      id,
    [shown, organisations],
  );

  const whatIfResult = useMemo(
    () => (shown && removed.length > 0 ? whatIf(shown, removed) : null),
    [shown, removed],
  );
  const greyed = useMemo<MapGreyed | null>(
    () =>
      sideTab === 'whatIf' && whatIfResult
        ? { removed: new Set(whatIfResult.removed), cutOff: new Set(whatIfResult.cutOff) }
        : null,
    [sideTab, whatIfResult],
  );
  const highlight = useMemo<MapHighlight | null>(
    () =>
      sideTab === 'insights' && insight
        ? { nodes: insight.nodes, ...(insight.edges ? { edges: insight.edges } : {}) }
        : null,
    [sideTab, insight],
  );

  const selectActor = (id: string, options: { centre?: boolean } = {}) => {
    setSelected({ type: 'node', id });
    if (options.centre) setCentre({ ids: [id] });
    if (sideTab !== 'whatIf') setSideTab('selection');
  };

  const status = network.isPending
    ? t.map.loading
    : network.isFetching
      ? t.map.updating
      : layoutState === 'running'
        ? t.map.layoutRunning
        : null;

  return (
    <div className={sideOpen ? 'workbench-frame' : 'workbench-frame side-closed'}>
      <div className="workbench-titlebar">
        {header}
        {shown && <ActorSearch network={shown} onFound={(id) => selectActor(id, { centre: true })} />}
      </div>
      <div className="workbench-toolrow">
        <WorkbenchToolbar wb={editing} />
        <SideToggle open={sideOpen} controls={sideId} onToggle={setSideOpen} />
      </div>
      <LiveStatus message={status} />
      {raad && (
        <div className="raad-banner" data-testid="raad-banner">
          <strong>{t.raad.banner}</strong>
          <span>{t.raad.bannerDetail(view.minPeople ?? DEFAULT_MIN_PEOPLE)}</span>
        </div>
      )}
      {network.error &&
        (raad && opgaveId !== null && isNotFound(network.error) ? (
          <RaadCasusMessage onSwitchOff={() => onViewChange({ ...routeView, raad: false })} />
        ) : (
          <ErrorMessage error={network.error} onRetry={() => void network.refetch()} />
        ))}

      {shown && (
        <div className="workbench">
          <div className="workbench-main" data-pane={view.pane}>
            <div className="pane-bar">
              <Tabs
                label={t.workbench.panes.label}
                idPrefix="pane"
                tabs={PANES}
                active={view.pane}
                onChange={(pane) => onViewChange({ ...routeView, pane })}
              />
              <MapControlsFold view={routeView} showHops={opgaveId !== null} onChange={onViewChange} />
            </div>
            <MapCaption
              view={view}
              isOpgave={opgaveId !== null}
              labelOf={labelOf}
              domainLabel={domainLabel}
              kindLabel={kindLabel}
              onClearFocus={() => onViewChange({ ...routeView, focus: null })}
              note={
                largeMapPeople !== null && routeView.autoLevel && view.level === 'organisation' && !raad ? (
                  <span className="map-caption-note" data-testid="large-map-note">
                    {mapuiStrings.largeMap.note(largeMapPeople)}{' '}
                    <button
                      type="button"
                      className="small"
                      onClick={() => onViewChange({ ...routeView, level: 'person', autoLevel: false })}
                    >
                      {mapuiStrings.largeMap.showPeople}
                    </button>
                  </span>
                ) : null
              }
            />
            {view.pane === 'kaart' &&
              shown.nodes.length === 0 &&
              !network.isFetching &&
              period !== undefined && (
                <EmptyMap
                  day={view.asOf ?? today()}
                  period={period}
                  filtered={isFiltered(view)}
                  canEdit={canEdit && !raad}
                  onDay={(asOf) => onViewChange({ ...routeView, asOf })}
                  onClearFilters={() => onViewChange(withoutFilters(routeView))}
                />
              )}
            <div
              role="tabpanel"
              id={panelId('pane', 'kaart')}
              aria-labelledby={tabId('pane', 'kaart')}
              className={view.pane === 'kaart' ? 'pane' : 'pane pane-offscreen'}
              aria-hidden={view.pane !== 'kaart'}
            >
              <CytoscapeMap
                network={shown}
                label={t.map.canvasLabel(title)}
                describedBy={summaryId}
                selected={selected}
                onSelect={(selection) => {
                  setSelected(selection);
                  if (selection && sideTab !== 'whatIf') setSideTab('selection');
                }}
                onLayoutStateChange={onLayoutStateChange}
                sizes={sizes}
                groups={groups}
                highlight={highlight}
                greyed={greyed}
                centre={centre}
                positions={editing.saved.positions}
                kept={kept}
                onReady={editing.setCy}
              />
              {/* the map's actors for the keyboard: the table lists them all, each selectable */}
              <button
                type="button"
                className="map-list-link"
                onClick={() => onViewChange({ ...routeView, pane: 'tabel' })}
              >
                {t.frame.actorListLink}
              </button>
            </div>
            <div
              role="tabpanel"
              id={panelId('pane', 'tabel')}
              aria-labelledby={tabId('pane', 'tabel')}
              className="pane"
              hidden={view.pane !== 'tabel'}
            >
              {view.pane === 'tabel' && (
                <ActorTable
                  network={shown}
                  metrics={metrics}
                  selectedId={selected?.type === 'node' ? selected.id : null}
                  onSelect={(id) => selectActor(id)}
                  labelOf={labelOf}
                  domainLabel={domainLabel}
                  initialSort={view.sizeBy}
                />
              )}
            </div>
            <div
              role="tabpanel"
              id={panelId('pane', 'domeinen')}
              aria-labelledby={tabId('pane', 'domeinen')}
              className="pane"
              hidden={view.pane !== 'domeinen'}
            >
              {view.pane === 'domeinen' && <DomainsPane analysis={analysisData} domainLabel={domainLabel} />}
            </div>
            {raad && <RaadFooter asOf={view.asOf} purpose={view.purpose} />}
          </div>

          <aside ref={sideRef} id={sideId} className="workbench-side" aria-label={t.workbench.side.label}>
            <Tabs
              label={t.workbench.side.label}
              idPrefix="side"
              tabs={SIDE_TABS}
              active={sideTab}
              onChange={setSideTab}
              className="side-tabs"
            />
            {SIDE_TABS.map((tab) => (
              <div
                key={tab.id}
                role="tabpanel"
                id={panelId('side', tab.id)}
                aria-labelledby={tabId('side', tab.id)}
                className="side-panel"
                hidden={sideTab !== tab.id}
                data-side={tab.id}
              >
                {tab.id === 'selection' && sideTab === 'selection' && raad && (
                  // the full panel loads memberships, opgaven and notes: not in the raadsversie
                  <NodeDetails
                    network={shown}
                    selectedId={selected?.type === 'node' ? selected.id : null}
                    domainLabel={domainLabel}
                    onClear={() => setSelected(null)}
                  />
                )}
                {tab.id === 'selection' && sideTab === 'selection' && !raad && (
                  <SelectionPanel
                    network={shown}
                    selected={selected}
                    analysis={analysisData}
                    metrics={metrics}
                    domainLabel={domainLabel}
                    kindLabel={kindLabel}
                    focus={view.focus}
                    onFocus={(focus) => onViewChange({ ...routeView, focus })}
                    onClear={() => setSelected(null)}
                  />
                )}
                {tab.id === 'insights' && sideTab === 'insights' && (
                  <InsightsPanel
                    network={shown}
                    analysis={analysisData}
                    isOpgave={opgaveId !== null}
                    opgaveId={opgaveId}
                    organisations={organisations}
                    metrics={metrics}
                    canAct={!raad && canEdit}
                    labelOf={labelOf}
                    domainLabel={domainLabel}
                    active={insight}
                    onShow={(next) => {
                      setInsight(next);
                      if (next?.select) setSelected({ type: 'node', id: next.select });
                      if (next) setCentre({ ids: next.nodes });
                    }}
                  />
                )}
                {tab.id === 'whatIf' && sideTab === 'whatIf' && (
                  <WhatIfPanel
                    network={shown}
                    removed={removed}
                    result={whatIfResult}
                    selectedId={selected?.type === 'node' ? selected.id : null}
                    labelOf={labelOf}
                    domainLabel={domainLabel}
                    onChange={setRemoved}
                    onMostDamaging={() => setRemoved(mostDamagingActors(shown, 3))}
                  />
                )}
                {tab.id === 'legend' && sideTab === 'legend' && (
                  <MapLegend
                    network={shown}
                    domainLabel={domainLabel}
                    kindLabel={kindLabel}
                    sizeBy={view.sizeBy ? t.workbench.metrics[view.sizeBy].name : null}
                    grouped={groups !== null}
                    whatIf={greyed !== null}
                  />
                )}
              </div>
            ))}
            <details
              className="side-filters"
              open={filtersOpen}
              onToggle={(event) => setFiltersOpen(event.currentTarget.open)}
            >
              <summary>{t.frame.filters}</summary>
              <MapDisplayOptions view={routeView} onChange={onViewChange} />
              <MapFilters view={routeView} onChange={onViewChange} />
              <TimeSlider asOf={view.asOf} onChange={(asOf) => onViewChange({ ...routeView, asOf })} />
            </details>
            <NetworkSummary network={shown} id={summaryId} />
            {!raad && <WorkbenchPanels wb={editing} />}
          </aside>
        </div>
      )}
      {!raad && <WorkbenchDialogs wb={editing} />}
    </div>
  );
}

const isNotFound = (error: unknown) => isApiError(error) && error.kind === 'problem' && error.status === 404;

/** A casus has no map in the raadsversie: the server answers 404, which here means exactly that. */
export function RaadCasusMessage({ onSwitchOff }: { onSwitchOff: () => void }) {
  return (
    <div className="raad-casus" role="status" data-testid="raad-casus">
      <h2>{t.raad.casusUnavailable}</h2>
      <p>{t.raad.casusUnavailableHint}</p>
      <button type="button" className="secondary" onClick={onSwitchOff}>
        {t.raad.casusSwitchOff}
      </button>
    </div>
  );
}
