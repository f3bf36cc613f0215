import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { prefetchMap } from './api/prefetch-map.ts';
import { createQueryClient } from './api/query-client.ts';
import { sessionQuery } from './api/session.ts';
import { prepareLayoutWorker } from './features/map/layout/spare-worker.ts';
import { mapScreenCode } from './features/map/map-screen-code.ts';
import { parseRoute } from './routing/route.ts';
import './ui/theme.css';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('web/main: index.html has no #root element');

// A map opened from its address: the layout worker starts now, the map's data is asked for as soon
// as the session is known (before React has drawn anything), and then the map screen's code: on one
// core, asking for the code first only made the data wait behind it.
const queryClient = createQueryClient();
const opening = parseRoute(window.location.hash);
if (opening.screen === 'network' || opening.screen === 'opgave') {
  prepareLayoutWorker();
  queryClient.fetchQuery(sessionQuery()).then(
    () => {
      prefetchMap(queryClient, opening);
      // a failure shows on the map screen, which asks again
      mapScreenCode.load().catch(() => undefined);
    },
    () => undefined,
  );
}

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
