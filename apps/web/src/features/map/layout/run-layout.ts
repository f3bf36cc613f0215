import cytoscape from 'cytoscape';
import { registerFcose } from '../register-fcose.ts';
import { computeLayout, type LayoutPositions, type LayoutRequest } from './layout-core.ts';
import { takeComputedAhead, takeWorker } from './spare-worker.ts';

/**
 * Runs the layout in a fresh web worker (a fresh one each time: nothing left over from an earlier
 * layout can change the result) and answers the positions. Where workers are missing or fail, the
 * same layout runs on the main thread. `signal` stops the worker when the map no longer needs it.
 */
export function runLayout(request: LayoutRequest, signal?: AbortSignal): Promise<LayoutPositions> {
  if (typeof Worker === 'undefined') return Promise.resolve(onMainThread(request));
  const ahead = takeComputedAhead(request);
  if (ahead)
    return whenNotStopped(
      ahead.catch(() => inWorker(request, signal)),
      signal,
    );
  return inWorker(request, signal);
}

/** The positions, or an AbortError once `signal` stops the map's wait for them. */
function whenNotStopped(positions: Promise<LayoutPositions>, signal?: AbortSignal): Promise<LayoutPositions> {
  if (!signal) return positions;
  return new Promise((resolve, reject) => {
    const stop = () => reject(new DOMException('layout stopped', 'AbortError'));
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    positions.then(
      (value) => {
        signal.removeEventListener('abort', stop);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(error);
      },
    );
  });
}

function inWorker(request: LayoutRequest, signal?: AbortSignal): Promise<LayoutPositions> {
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
