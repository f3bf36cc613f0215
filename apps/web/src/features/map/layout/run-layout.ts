import cytoscape from 'cytoscape';
import { registerFcose } from '../register-fcose.ts';
import { computeLayout, type LayoutPositions, type LayoutRequest } from './layout-core.ts';

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
function takeWorker(): Worker {
  if (!spare) return startWorker();
  const { worker, timer } = spare;
  spare = null;
  clearTimeout(timer);
  return worker;
}

/**
 * Runs the layout in a fresh web worker (a fresh one each time: nothing left over from an earlier
 * layout can change the result) and answers the positions. Where workers are missing or fail, the
 * same layout runs on the main thread. `signal` stops the worker when the map no longer needs it.
 */
export function runLayout(request: LayoutRequest, signal?: AbortSignal): Promise<LayoutPositions> {
  if (typeof Worker === 'undefined') return Promise.resolve(onMainThread(request));
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = takeWorker();
    } catch {
      resolve(onMainThread(request));
      return;
    }
    const stop = () => {
      worker.terminate();
      reject(new DOMException('layout stopped', 'AbortError'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<{ positions?: LayoutPositions; error?: string }>) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      if (event.data.positions) resolve(event.data.positions);
      else reject(new Error(`run-layout: ${event.data.error ?? 'the layout worker gave no positions'}`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      if (signal?.aborted) return;
      try {
        resolve(onMainThread(request));
      } catch (error) {
        reject(error);
      }
    };
    worker.postMessage(request);
  });
}

function onMainThread(request: LayoutRequest): LayoutPositions {
  registerFcose();
  return computeLayout(cytoscape, request);
}
