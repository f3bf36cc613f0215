// no Cytoscape here: the app shell starts the worker before the map's code has loaded
import type { LayoutEdge, LayoutNode, LayoutPositions, LayoutRequest } from './layout-core.ts';

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

/** whether a layout has been asked for on this page: from then on nothing is computed ahead */
let asked = false;
/** A layout computed ahead (see `computeAhead`), until the map asks for it or it is let go. */
let ahead: {
  request: LayoutRequest;
  worker: Worker;
  positions: Promise<LayoutPositions>;
  timer: ReturnType<typeof setTimeout>;
} | null = null;

/** Whether a layout may still be computed ahead: none is yet, and the map has not asked for one. */
export function mayComputeAhead(): boolean {
  return !ahead && !asked && typeof Worker !== 'undefined';
}

/**
 * Starts a layout in the spare worker before the map asks for it: the app shell does this for the
 * whole network's first open once its data has arrived, while the map's code and screen are still
 * being built. The map's own request takes it only if it is the very same (`takeComputedAhead`).
 */
export function computeAhead(request: LayoutRequest): void {
  // too late once the map has asked for a layout itself
  if (!mayComputeAhead()) return;
  let worker: Worker;
  try {
    worker = takeWorker();
  } catch {
    return;
  }
  const positions = new Promise<LayoutPositions>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ positions?: LayoutPositions; error?: string }>) => {
      worker.terminate();
      if (event.data.positions) resolve(event.data.positions);
      else reject(new Error(`spare-worker: ${event.data.error ?? 'the layout worker gave no positions'}`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error('spare-worker: the layout worker failed'));
    };
  });
  // nobody may ever ask for it
  positions.catch(() => undefined);
  const timer = setTimeout(() => {
    if (ahead?.worker !== worker) return;
    ahead = null;
    worker.terminate();
  }, SPARE_MS);
  ahead = { request, worker, positions, timer };
  worker.postMessage(request);
}

/** The layout computed ahead for exactly this request, if there is one; any other is let go. */
export function takeComputedAhead(request: LayoutRequest): Promise<LayoutPositions> | null {
  asked = true;
  if (!ahead) return null;
  const { worker, positions, timer } = ahead;
  const same = sameRequest(ahead.request, request);
  ahead = null;
  clearTimeout(timer);
  if (same) return positions;
  worker.terminate();
  return null;
}

/**
 * Whether two layout requests are the very same, field by field (as their JSON would be; a compare
 * of the two JSON texts of a 2,000-person map costs the main thread some 20 ms, mostly to write them).
 */
export function sameRequest(a: LayoutRequest, b: LayoutRequest): boolean {
  if (a.seed !== b.seed || a.grouped !== b.grouped) return false;
  if (JSON.stringify(a.fixed ?? null) !== JSON.stringify(b.fixed ?? null)) return false;
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const m = a.nodes[i] as LayoutNode;
    const n = b.nodes[i] as LayoutNode;
    if (
      m.id !== n.id ||
      m.parent !== n.parent ||
      m.cluster !== n.cluster ||
      m.width !== n.width ||
      m.height !== n.height
    )
      return false;
  }
  for (let i = 0; i < a.edges.length; i++) {
    const e = a.edges[i] as LayoutEdge;
    const f = b.edges[i] as LayoutEdge;
    if (e.id !== f.id || e.source !== f.source || e.target !== f.target) return false;
  }
  return true;
}
