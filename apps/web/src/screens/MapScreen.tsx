import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { opgaveQuery } from '../api/opgaven.ts';
import { useDomainLabels } from '../api/use-domain-labels.ts';
import { useMapNetwork } from '../api/use-map-network.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { LiveStatus } from '../components/LiveStatus.tsx';
import { OpgaveBadges } from '../components/OpgaveBadges.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useHeadingFocus } from '../hooks/use-heading-focus.ts';
import { t } from '../i18n/catalogue.ts';
import { CytoscapeMap, type LayoutState } from '../map/CytoscapeMap.tsx';
import { MapLegend } from '../map/MapLegend.tsx';
import { NetworkSummary } from '../map/NetworkSummary.tsx';
import { NodeDetails } from '../map/NodeDetails.tsx';
import type { MapView } from '../routing/route.ts';
import { useMapWorkbench } from '../workbench/use-map-workbench.ts';
import { WorkbenchDialogs } from '../workbench/WorkbenchDialogs.tsx';
import { WorkbenchPanels } from '../workbench/WorkbenchPanels.tsx';
import { WorkbenchToolbar } from '../workbench/WorkbenchToolbar.tsx';
import { MapControls } from './MapControls.tsx';

type Props = {
  /** null: the whole network */
  opgaveId: string | null;
  view: MapView;
  onViewChange: (view: MapView) => void;
};

export function MapScreen({ opgaveId, view, onViewChange }: Props) {
  const headingRef = useHeadingFocus<HTMLHeadingElement>(opgaveId ?? 'network');
  const opgave = useQuery({ ...opgaveQuery(opgaveId ?? ''), enabled: opgaveId !== null });

  const title = opgaveId === null ? t.map.wholeNetworkTitle : (opgave.data?.name ?? t.map.titleLoading);
  useDocumentTitle(t.map.documentTitle(title));

  return (
    <main id="main" tabIndex={-1} className="map-screen">
      <nav className="breadcrumb">
        <a href="#/">{t.map.back}</a>
      </nav>
      <header className="map-header">
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {opgave.data && <OpgaveBadges opgave={opgave.data} />}
        {opgaveId === null && <p className="intro">{t.map.wholeNetworkIntro}</p>}
        {opgave.data?.description && <p className="intro">{opgave.data.description}</p>}
      </header>
      {opgave.error ? (
        // without the opgave (e.g. 404) its network fails the same way; one message is enough
        <ErrorMessage error={opgave.error} onRetry={() => void opgave.refetch()} />
      ) : (
        <MapBody opgaveId={opgaveId} title={title} view={view} onViewChange={onViewChange} />
      )}
    </main>
  );
}

function MapBody({ opgaveId, title, view, onViewChange }: Props & { title: string }) {
  const summaryId = useId();
  const domainLabel = useDomainLabels();
  const network = useMapNetwork(opgaveId, view);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [layoutState, setLayoutState] = useState<LayoutState>('idle');
  const workbench = useMapWorkbench({
    opgaveId,
    view,
    network: network.data,
    selectedId,
    onSelect: setSelectedId,
  });

  // a selection from another level or date means nothing here
  const data = network.data;
  useEffect(() => {
    if (selectedId && !data?.nodes.some((n) => n.id === selectedId)) setSelectedId(null);
  }, [data, selectedId]);

  const status = network.isPending
    ? t.map.loading
    : network.isFetching
      ? t.map.updating
      : layoutState === 'running'
        ? t.map.layoutRunning
        : null;

  return (
    <>
      <MapControls view={view} showHops={opgaveId !== null} onChange={onViewChange} />
      <WorkbenchToolbar wb={workbench} />
      <LiveStatus message={status} />
      {network.error && <ErrorMessage error={network.error} onRetry={() => void network.refetch()} />}

      {data && (
        <div className="map-layout">
          <CytoscapeMap
            network={data}
            label={t.map.canvasLabel(title)}
            describedBy={summaryId}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onLayoutStateChange={setLayoutState}
            positions={workbench.saved.positions}
            onReady={workbench.setCy}
          />
          <aside className="map-side">
            <NetworkSummary network={data} id={summaryId} />
            <NodeDetails
              network={data}
              selectedId={selectedId}
              domainLabel={domainLabel}
              onClear={() => setSelectedId(null)}
            />
            <MapLegend network={data} domainLabel={domainLabel} />
            <WorkbenchPanels wb={workbench} />
          </aside>
        </div>
      )}
      <WorkbenchDialogs wb={workbench} />
    </>
  );
}
