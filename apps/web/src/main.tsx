import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createQueryClient } from './api/query-client.ts';
import { prepareLayoutWorker } from './features/map/layout/spare-worker.ts';
import { parseRoute } from './routing/route.ts';
import './ui/theme.css';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('web/main: index.html has no #root element');

// A map opened from its address: the layout worker's script is fetched now, while the server is
// still idle, rather than after the session check, when it would wait behind the map's own data.
const opening = parseRoute(window.location.hash).screen;
if (opening === 'network' || opening === 'opgave') prepareLayoutWorker();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
