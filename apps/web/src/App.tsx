import { lazy, Suspense } from 'react';
import { usePrefetchMap } from './api/prefetch-map.ts';
import { AccessibilityScreen } from './features/accessibility/AccessibilityScreen.tsx';
import { AccessLogScreen } from './features/admin/AccessLogScreen.tsx';
import { UsersScreen } from './features/admin/UsersScreen.tsx';
import { mapScreenCode } from './features/map/map-screen-code.ts';
import { SignedIn } from './features/session/SignedIn.tsx';
import { UserMenu } from './features/session/UserMenu.tsx';
import { AppNav, type NavItem } from './features/shell/AppNav.tsx';
import { StartScreen } from './features/start/StartScreen.tsx';
import { t } from './i18n/catalogue.ts';
import { surveyStrings } from './i18n/nl-survey.ts';
import { DEFAULT_CHANGE, DEFAULT_VIEW, formatRoute, type Route } from './routing/route.ts';
import { LoadedScreen } from './routing/screen-code.tsx';
import { useRoute } from './routing/use-route.ts';
import { LiveStatus } from './ui/LiveStatus.tsx';

// Cytoscape is the bulk of the bundle; the start screen does not need it. The map screen's code is
// rendered as soon as it is here, without Suspense (routing/screen-code.tsx)
const ChangeScreen = lazy(() =>
  import('./features/change/ChangeScreen.tsx').then((m) => ({ default: m.ChangeScreen })),
);
const KeyFiguresScreen = lazy(() =>
  import('./features/key-figures/KeyFiguresScreen.tsx').then((m) => ({ default: m.KeyFiguresScreen })),
);
const PresentationsScreen = lazy(() =>
  import('./features/presentation/PresentationsScreen.tsx').then((m) => ({ default: m.PresentationsScreen })),
);
const PresentationEditor = lazy(() =>
  import('./features/presentation/PresentationEditor.tsx').then((m) => ({ default: m.PresentationEditor })),
);
const PresenterScreen = lazy(() =>
  import('./features/presentation/PresenterScreen.tsx').then((m) => ({ default: m.PresenterScreen })),
);

const SurveysScreen = lazy(() =>
  import('./features/survey/SurveysScreen.tsx').then((m) => ({ default: m.SurveysScreen })),
);
const SurveyScreen = lazy(() =>
  import('./features/survey/SurveyScreen.tsx').then((m) => ({ default: m.SurveyScreen })),
);
const RespondentPage = lazy(() =>
  import('./features/survey/RespondentPage.tsx').then((m) => ({ default: m.RespondentPage })),
);

const NAV: NavItem[] = [
  { label: t.app.navStart, route: { screen: 'start' }, screens: ['start', 'opgave'] },
  { label: t.app.navNetwork, route: { screen: 'network', view: DEFAULT_VIEW }, screens: ['network'] },
  { label: t.app.navChange, route: { screen: 'change', change: DEFAULT_CHANGE }, screens: ['change'] },
  {
    label: t.app.navKeyFigures,
    route: { screen: 'key-figures', asOf: null, compareWith: null },
    screens: ['key-figures'],
  },
  {
    label: t.app.navPresentations,
    route: { screen: 'presentations' },
    screens: ['presentations', 'presentation-edit'],
  },
  { label: surveyStrings.nav, route: { screen: 'surveys' }, screens: ['surveys', 'survey'] },
];

function Screen({ route, navigate }: { route: Route; navigate: ReturnType<typeof useRoute>[1] }) {
  switch (route.screen) {
    case 'access-log':
      return <AccessLogScreen />;
    case 'users':
      return <UsersScreen />;
    case 'accessibility':
      return <AccessibilityScreen />;
    case 'start':
      return <StartScreen />;
    case 'change':
      return (
        <ChangeScreen
          change={route.change}
          onChange={(change) => navigate({ ...route, change }, { replace: true })}
        />
      );
    case 'key-figures':
      return (
        <KeyFiguresScreen
          asOf={route.asOf}
          compareWith={route.compareWith}
          onChange={(dates) => navigate({ ...route, ...dates }, { replace: true })}
        />
      );
    case 'presentations':
      return <PresentationsScreen />;
    case 'surveys':
      return <SurveysScreen />;
    case 'survey':
      return (
        <SurveyScreen
          key={route.surveyId}
          surveyId={route.surveyId}
          raad={route.raad ?? false}
          onRaadChange={(raad) => navigate({ ...route, raad }, { replace: true })}
        />
      );
    case 'uitvraag':
      return null;
    case 'presentation-edit':
      return <PresentationEditor key={route.presentationId} presentationId={route.presentationId} />;
    case 'presentation':
      return (
        <PresenterScreen
          key={route.presentationId}
          presentationId={route.presentationId}
          step={route.step}
          raad={route.raad}
          minPeople={route.minPeople ?? null}
          onChange={(next) => navigate({ ...route, ...next }, { replace: true })}
        />
      );
    case 'network':
    case 'opgave':
      return (
        <LoadedScreen
          key={route.screen === 'opgave' ? route.opgaveId : 'network'}
          code={mapScreenCode}
          loading={t.map.loading}
          props={{
            opgaveId: route.screen === 'opgave' ? route.opgaveId : null,
            view: route.view,
            onViewChange: (view) => navigate({ ...route, view }, { replace: true }),
          }}
        />
      );
  }
}

/** Signed in: the map's data is asked for while the map screen's code loads (outside its Suspense). */
function PrefetchMap({ route }: { route: Route }) {
  usePrefetchMap(route);
  return null;
}

export function App() {
  const [route, navigate] = useRoute();
  // the presenter fills the screen: no header, no menu
  const presenting = route.screen === 'presentation';
  // a respondent has no account: no menu, no session, no sign-in screen
  if (route.screen === 'uitvraag') {
    return (
      <Suspense fallback={<LiveStatus message={surveyStrings.respondent.loading} />}>
        <RespondentPage key={route.token} token={route.token} />
      </Suspense>
    );
  }
  return (
    <>
      {/* a button, not a link: the hash holds the route */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t.app.skipToContent}
      </button>
      {!presenting && (
        <header className="app-header">
          <a className="app-name" href="#/">
            {t.app.name}
          </a>
          <span className="app-tagline">{t.app.tagline}</span>
          <AppNav items={NAV} screen={route.screen} account={<UserMenu />} />
        </header>
      )}
      {/* the accessibility statement is for everyone, signed in or not */}
      {route.screen === 'accessibility' ? (
        <AccessibilityScreen />
      ) : (
        <SignedIn>
          <PrefetchMap route={route} />
          <Suspense fallback={<LiveStatus message={t.map.loading} />}>
            <Screen route={route} navigate={navigate} />
          </Suspense>
        </SignedIn>
      )}
      {!presenting && (
        <footer className="app-footer">
          <a href={formatRoute({ screen: 'accessibility' })}>{t.accessibility.link}</a>
          {' · '}
          <a href="/api/docs">API</a>
        </footer>
      )}
    </>
  );
}
