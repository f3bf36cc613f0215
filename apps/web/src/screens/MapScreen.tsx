import { useQuery } from '@tanstack/react-query';
import { opgaveQuery } from '../api/opgaven.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { OpgaveBadges } from '../components/OpgaveBadges.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useHeadingFocus } from '../hooks/use-heading-focus.ts';
import { t } from '../i18n/catalogue.ts';
import type { MapView } from '../routing/route.ts';
import { MapWorkbench } from './MapWorkbench.tsx';

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
        <MapWorkbench opgaveId={opgaveId} title={title} view={view} onViewChange={onViewChange} />
      )}
    </main>
  );
}
