import { useQuery } from '@tanstack/react-query';
import { opgaveQuery } from '../../api/opgaven.ts';
import { t } from '../../i18n/catalogue.ts';
import type { MapView } from '../../routing/route.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { OpgaveBadges } from '../../ui/OpgaveBadges.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useHeadingFocus } from '../../ui/use-heading-focus.ts';
import { MapWorkbench, RaadCasusMessage } from './MapWorkbench.tsx';
import { useOpeningLevel } from './use-opening-level.ts';

type Props = {
  /** null: the whole network */
  opgaveId: string | null;
  view: MapView;
  onViewChange: (view: MapView) => void;
};

export function MapScreen({ opgaveId, view: routeView, onViewChange }: Props) {
  // without a level in the URL, a large opgave opens at organisation level
  const opening = useOpeningLevel(opgaveId, routeView);
  const view = opening.view;
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
  const about = opgaveId === null ? t.map.wholeNetworkIntro : shownOpgave?.description;

  const header = (
    <header className="map-header">
      <nav className="breadcrumb" aria-label={t.map.back}>
        <a href="#/" aria-label={t.map.back}>
          {t.frame.backShort}
        </a>
      </nav>
      <h1 ref={headingRef} tabIndex={-1} title={title}>
        {title}
      </h1>
      {shownOpgave && <OpgaveBadges opgave={shownOpgave} />}
      {about && (
        <details className="map-about">
          <summary>{t.frame.description}</summary>
          <p className="intro">{about}</p>
        </details>
      )}
    </header>
  );

  return (
    <main id="main" tabIndex={-1} className="map-screen">
      {opgave.error ? (
        <>
          {header}
          {/* without the opgave (e.g. 404) its network fails the same way; one message is enough */}
          <ErrorMessage error={opgave.error} onRetry={() => void opgave.refetch()} />
        </>
      ) : raadCasus ? (
        <>
          {header}
          <RaadCasusMessage onSwitchOff={() => onViewChange({ ...view, raad: false })} />
        </>
      ) : view.raad && opgaveId !== null && !opgave.data ? (
        header
      ) : opening.deciding ? (
        <>
          {header}
          <LiveStatus message={t.map.loading} />
        </>
      ) : (
        // in the raadsversie the map waits for the opgave, so a casus is never asked for
        <MapWorkbench
          opgaveId={opgaveId}
          title={title}
          header={header}
          view={view}
          largeMapPeople={opening.largeMapPeople}
          period={
            opgaveId === null
              ? null
              : shownOpgave
                ? { kind: shownOpgave.kind, since: shownOpgave.since, until: shownOpgave.until }
                : undefined
          }
          onViewChange={onViewChange}
        />
      )}
    </main>
  );
}
