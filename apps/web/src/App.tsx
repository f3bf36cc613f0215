import { lazy, Suspense } from 'react';
import { LiveStatus } from './components/LiveStatus.tsx';
import { SignedIn } from './components/SignedIn.tsx';
import { UserMenu } from './components/UserMenu.tsx';
import { t } from './i18n/catalogue.ts';
import { useRoute } from './routing/use-route.ts';
import { AccessLogScreen } from './screens/AccessLogScreen.tsx';
import { StartScreen } from './screens/StartScreen.tsx';
import { UsersScreen } from './screens/UsersScreen.tsx';

// Cytoscape is the bulk of the bundle; the start screen does not need it
const MapScreen = lazy(() => import('./screens/MapScreen.tsx').then((m) => ({ default: m.MapScreen })));

export function App() {
  const [route, navigate] = useRoute();
  return (
    <>
      {/* a button, not a link: the hash holds the route */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t.app.skipToContent}
      </button>
      <header className="app-header">
        <a className="app-name" href="#/">
          {t.app.name}
        </a>
        <span className="app-tagline">{t.app.tagline}</span>
        <UserMenu />
      </header>
      <SignedIn>
        {route.screen === 'access-log' ? (
          <AccessLogScreen />
        ) : route.screen === 'users' ? (
          <UsersScreen />
        ) : route.screen === 'start' ? (
          <StartScreen />
        ) : (
          <Suspense fallback={<LiveStatus message={t.map.loading} />}>
            <MapScreen
              key={route.screen === 'opgave' ? route.opgaveId : 'network'}
              opgaveId={route.screen === 'opgave' ? route.opgaveId : null}
              view={route.view}
              onViewChange={(view) => navigate({ ...route, view }, { replace: true })}
            />
          </Suspense>
        )}
      </SignedIn>
    </>
  );
}
