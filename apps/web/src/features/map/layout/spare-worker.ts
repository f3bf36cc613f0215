// no Cytoscape here: the app shell starts the worker before the map's code has loaded

/** A worker started ahead of its first layout (see `prepareLayoutWorker`), and when it is let go. */
let spare: { worker: Worker; timer: ReturnType<typeof setTimeout> } | null = null;
// a spare worker nobody asked for is stopped after this long
const SPARE_MS = 20_000;

const startWorker = () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

/**
 * Starts a layout worker now, so that its script is fetched and compiled while the map's data is still
 * on its way; the next `runLayout` takes it. It has done nothing yet, so it is as fresh as a new one.
 */
export function prepareLayoutWorker(): void {
  if (spare || typeof Worker === 'undefined') return;
  try {
    const worker = startWorker();
    const timer = setTimeout(() => {
      if (spare?.worker !== worker) return;
      spare = null;
      worker.terminate();
    }, SPARE_MS);
    spare = { worker, timer };
  } catch {
    spare = null;
  }
}

/** The spare worker if there is one, else a new one. */
export function takeWorker(): Worker {
  if (!spare) return startWorker();
  const { worker, timer } = spare;
  spare = null;
  clearTimeout(timer);
  return worker;
}
