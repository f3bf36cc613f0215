import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { organisationsQuery } from '../api/actors.ts';
import { useDomainLabels } from '../api/use-domain-labels.ts';
import { useKindLabels } from '../api/use-kind-labels.ts';
import { useMapAnalysis, useMapNetwork } from '../api/use-map-network.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { LiveStatus } from '../components/LiveStatus.tsx';
import { panelId, Tabs, tabId } from '../components/Tabs.tsx';
import { t } from '../i18n/catalogue.ts';
import {
  CytoscapeMap,
  type LayoutState,
  type MapGreyed,
  type MapHighlight,
  type MapSelection,
} from '../map/CytoscapeMap.tsx';
import { MapCaption } from '../map/MapCaption.tsx';
import { MapLegend } from '../map/MapLegend.tsx';
import { actorMetrics, egoNetwork } from '../map/metric-values.ts';
import { NetworkSummary } from '../map/NetworkSummary.tsx';
import { metricSizes } from '../map/to-elements.ts';
import { mostDamagingActors, whatIf } from '../map/what-if.ts';
import { ActorTable } from '../panels/ActorTable.tsx';
import { DomainsPane } from '../panels/DomainsPane.tsx';
import { type Insight, InsightsPanel } from '../panels/InsightsPanel.tsx';
import { SelectionPanel } from '../panels/SelectionPanel.tsx';
import { WhatIfPanel } from '../panels/WhatIfPanel.tsx';
import type { MapPane, MapView } from '../routing/route.ts';
import { ActorSearch } from './ActorSearch.tsx';
import { MapControls } from './MapControls.tsx';
import { MapDisplayOptions, MapFilters } from './MapFilters.tsx';
import { TimeSlider } from './TimeSlider.tsx';
import './workbench.css';

type Props = {
  /** null: the whole network */
  opgaveId: string | null;
  title: string;
  view: MapView;
  onViewChange: (view: MapView) => void;
};

type SideTab = 'selection' | 'insights' | 'whatIf' | 'legend';

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
 * The map screen's working area: view controls and filters, the map (or its table, or the domain
 * heatmap), and a side panel with the selection, insights, "what if" and the legend.
 */
export function MapWorkbench({ opgaveId, title, view, onViewChange }: Props) {
  const summaryId = useId();
  const domainLabel = useDomainLabels();
  const kindLabel = useKindLabels();
  const organisations = useQuery(organisationsQuery()).data?.items;
  const network = useMapNetwork(opgaveId, view);
  const analysis = useMapAnalysis(opgaveId, view);
  const [selected, setSelected] = useState<MapSelection | null>(null);
  const [layoutState, setLayoutState] = useState<LayoutState>('idle');
  const [sideTab, setSideTab] = useState<SideTab>('selection');
  const [insight, setInsight] = useState<Insight | null>(null);
  const [removed, setRemoved] = useState<string[]>([]);
  const [centre, setCentre] = useState<{ ids: readonly string[] } | null>(null);

  const data = network.data;
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

  const metrics = useMemo(
    () => (data && analysis.data ? actorMetrics(data, analysis.data) : undefined),
    [data, analysis.data],
  );
  const sizes = useMemo(() => {
    if (!view.sizeBy || !metrics || !shown) return null;
    const metric = view.sizeBy;
    return metricSizes(new Map(shown.nodes.map((n) => [n.id, metrics.get(n.id)?.[metric] ?? null])));
  }, [view.sizeBy, metrics, shown]);
  const groups = useMemo(
    () =>
      view.groupByOrganisation && view.level === 'person' && organisations
        ? new Map(organisations.map((o) => [o.id, o.shortName ?? o.name]))
        : null,
    [view.groupByOrganisation, view.level, organisations],
  );

  const labelOf = useCallback(
    (id: string) =>
      shown?.nodes.find((n) => n.id === id)?.label ??
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
    <>
      <div className="workbench-controls">
        <div className="controls-row">
          <MapControls view={view} showHops={opgaveId !== null} onChange={onViewChange} />
          <MapDisplayOptions view={view} onChange={onViewChange} />
        </div>
        <MapFilters view={view} onChange={onViewChange} />
        <TimeSlider asOf={view.asOf} onChange={(asOf) => onViewChange({ ...view, asOf })} />
      </div>
      <LiveStatus message={status} />
      {network.error && <ErrorMessage error={network.error} onRetry={() => void network.refetch()} />}

      {shown && (
        <div className="workbench">
          <div className="workbench-main">
            <div className="pane-bar">
              <Tabs
                label={t.workbench.panes.label}
                idPrefix="pane"
                tabs={PANES}
                active={view.pane}
                onChange={(pane) => onViewChange({ ...view, pane })}
              />
              <ActorSearch network={shown} onFound={(id) => selectActor(id, { centre: true })} />
            </div>
            <MapCaption
              view={view}
              isOpgave={opgaveId !== null}
              labelOf={labelOf}
              domainLabel={domainLabel}
              kindLabel={kindLabel}
              onClearFocus={() => onViewChange({ ...view, focus: null })}
            />
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
                onLayoutStateChange={setLayoutState}
                sizes={sizes}
                groups={groups}
                highlight={highlight}
                greyed={greyed}
                centre={centre}
              />
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
              {view.pane === 'domeinen' && <DomainsPane analysis={analysis.data} domainLabel={domainLabel} />}
            </div>
          </div>

          <aside className="workbench-side" aria-label={t.workbench.side.label}>
            <NetworkSummary network={shown} id={summaryId} />
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
                {tab.id === 'selection' && sideTab === 'selection' && (
                  <SelectionPanel
                    network={shown}
                    selected={selected}
                    analysis={analysis.data}
                    metrics={metrics}
                    domainLabel={domainLabel}
                    kindLabel={kindLabel}
                    focus={view.focus}
                    onFocus={(focus) => onViewChange({ ...view, focus })}
                    onClear={() => setSelected(null)}
                  />
                )}
                {tab.id === 'insights' && sideTab === 'insights' && (
                  <InsightsPanel
                    network={shown}
                    analysis={analysis.data}
                    isOpgave={opgaveId !== null}
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
          </aside>
        </div>
      )}
    </>
  );
}
