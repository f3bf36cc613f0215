import { useQuery } from '@tanstack/react-query';
import { opgaveQuery } from '../../api/opgaven.ts';
import { t } from '../../i18n/catalogue.ts';
import type { MapView } from '../../routing/route.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { OpgaveBadges } from '../../ui/OpgaveBadges.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useHeadingFocus } from '../../ui/use-heading-focus.ts';
import { MapWorkbench, RaadCasusMessage } from './MapWorkbench.tsx';

type Props = {
  /** null: the whole network */
  opgaveId: string | null;
  view: MapView;
  onViewChange: (view: MapView) => void;
};

export function MapScreen({ opgaveId, view, onViewChange }: Props) {
  const headingRef = useHeadingFocus<HTMLHeadingElement>(opgaveId ?? 'network');
  const opgave = useQuery({ ...opgaveQuery(opgaveId ?? ''), enabled: opgaveId !== null });

  // in the raadsversie a casus is only a count: its name and description stay off the screen
  const raadCasus = view.raad && opgave.data?.kind === 'casus';
  const shownOpgave = raadCasus ? undefined : opgave.data;
  const title =
    opgaveId === null
      ? t.map.wholeNetworkTitle
      : raadCasus
        ? t.raad.casusTitle
        : (opgave.data?.name ?? t.map.titleLoading);
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
        {shownOpgave && <OpgaveBadges opgave={shownOpgave} />}
        {opgaveId === null && <p className="intro">{t.map.wholeNetworkIntro}</p>}
        {shownOpgave?.description && <p className="intro">{shownOpgave.description}</p>}
      </header>
      {opgave.error ? (
        // without the opgave (e.g. 404) its network fails the same way; one message is enough
        <ErrorMessage error={opgave.error} onRetry={() => void opgave.refetch()} />
      ) : raadCasus ? (
        <RaadCasusMessage onSwitchOff={() => onViewChange({ ...view, raad: false })} />
      ) : view.raad && opgaveId !== null && !opgave.data ? null : (
        // in the raadsversie the map waits for the opgave, so a casus is never asked for
        <MapWorkbench opgaveId={opgaveId} title={title} view={view} onViewChange={onViewChange} />
      )}
    </main>
  );
}
