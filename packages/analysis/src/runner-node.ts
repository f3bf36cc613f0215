/**
 * Node-only runner that shares the all-sources shortest-path pass between worker threads and the
 * calling thread. Imported by the API and CLI only, never from `index.ts` (the browser imports that).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  type AnalyseOptions,
  type AnalysisResult,
  analyse,
  analysisWithoutPaths,
  graphFor,
  pathCsr,
  withoutGraph,
} from './analyse.ts';
import {
  createPathSums,
  fromRelabelled,
  mergePathSums,
  type PathPassOptions,
  type PathSums,
  pathSums,
  relabelledForPaths,
  type SharedPathJob,
  sharedPathSums,
} from './brandes.ts';
import type { NetworkInput } from './build-graph.ts';
import { type CsrCore, networkTopology } from './csr.ts';
import type { AnalysisGraph } from './graph.ts';

export interface WorkerRunnerOptions {
  /**
   * Number of worker threads besides the calling thread, which takes its share of the pass too;
   * default: the available cores less one.
   */
  workers?: number;
  /** Below this many nodes the pass runs in the calling thread (starting workers costs more). */
  minNodes?: number;
  /** Workers started earlier with `startPathWorkers` (used instead of starting new ones). */
  pool?: PathWorkers;
}

const DEFAULT_MIN_NODES = 2_000;
/** Sources a thread takes at a time from a shared pass. */
const CHUNK = 16;

/** Where the TypeScript loader lives, so that a worker started from source can load `.ts` too. */
function tsxLoader(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  }
}

/**
 * Starts the worker. Run from source (`.ts`, as the API and CLI run under tsx), worker threads do
 * not inherit tsx's module hooks on Node 20, so the worker first registers tsx itself.
 */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './path-sums.worker.ts' : './path-sums.worker.js', import.meta.url);
  if (!fromSource) return new Worker(entry);
  const code = `import(${JSON.stringify(tsxLoader())}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true });
}

/** Worker threads started ahead of a path pass; each takes part in one pass, then ends. */
export interface PathWorkers {
  readonly size: number;
  /** Gives every worker the job; resolves with each worker's sums. */
  run(job: SharedPathJob): Promise<PathSums[]>;
  /** Stops workers that were never given a job. */
  close(): void;
}

/**
 * Starts `count` path workers now (default: the available cores less one), so that their start-up
 * overlaps whatever the caller does before the pass, such as reading a file.
 */
export function startPathWorkers(count = defaultWorkers()): PathWorkers {
  const workers = Array.from({ length: Math.max(0, Math.floor(count)) }, () => startWorker());
  let used = false;
  return {
    size: workers.length,
    run(job) {
      if (used) throw new Error('analysis/startPathWorkers: these workers already ran a pass');
      used = true;
      return Promise.all(
        workers.map(
          (worker) =>
            new Promise<PathSums>((resolve, reject) => {
              worker.once('message', (sums: PathSums) => {
                resolve(sums);
                void worker.terminate();
              });
              worker.once('error', reject);
              worker.once('exit', (code) => {
                reject(new Error(`analysis/pathSumsInWorkers: worker stopped with exit code ${code}`));
              });
              worker.postMessage(job);
            }),
        ),
      );
    },
    close() {
      if (used) return;
      used = true;
      for (const worker of workers) void worker.terminate();
    },
  };
}

function defaultWorkers(): number {
  return availableParallelism() - 1;
}

/** A path pass handed to the workers; the calling thread joins it with `join`. */
interface StartedPass {
  /** Takes this thread's part, waits for the workers' and returns the sums in `csr`'s node order. */
  join(): Promise<PathSums>;
  /** Stops the pass (an error elsewhere): the workers take no further sources. */
  cancel(): void;
}

function startPass(csr: CsrCore, options: PathPassOptions, pool: PathWorkers): StartedPass {
  const { adjacency, rank } = relabelledForPaths(csr);
  const job: SharedPathJob = {
    adjacency,
    symmetric: !csr.directed,
    weighted: options.weighted === true,
    counter: new Int32Array(new SharedArrayBuffer(4)),
    chunk: CHUNK,
  };
  const theirs = pool.run(job);
  // A worker that fails rejects `theirs`; keep that from being reported as unhandled meanwhile.
  theirs.catch(() => {});
  const cancel = () => {
    Atomics.store(job.counter, 0, csr.n);
  };
  return {
    async join() {
      let own: PathSums;
      try {
        own = sharedPathSums(job);
      } catch (error) {
        cancel();
        throw error;
      }
      const parts = await theirs;
      const merged = parts.reduce((into, part) => mergePathSums(into, part), own);
      return fromRelabelled(createPathSums(csr.n), merged, rank);
    },
    cancel,
  };
}

/** The all-sources path pass shared between worker threads and the calling thread. */
export async function pathSumsInWorkers(
  csr: CsrCore,
  options: PathPassOptions = {},
  runner: WorkerRunnerOptions = {},
): Promise<PathSums> {
  const workers = runner.pool?.size ?? Math.max(0, Math.floor(runner.workers ?? defaultWorkers()));
  if (workers === 0 || csr.n < (runner.minNodes ?? DEFAULT_MIN_NODES)) {
    runner.pool?.close();
    return pathSums(csr, 0, csr.n, options);
  }
  return startPass(csr, options, runner.pool ?? startPathWorkers(workers)).join();
}

/**
 * `analyse` with its shortest-path pass shared with worker threads: the workers start up while
 * this thread builds the graph, start on the pass as soon as its adjacency is known, and this
 * thread joins them once it has computed every other metric. Same result as `analyse`.
 */
export async function analyseInWorkers(
  input: AnalysisGraph | NetworkInput,
  options: AnalyseOptions = {},
  runner: WorkerRunnerOptions = {},
): Promise<AnalysisResult> {
  const network = Array.isArray((input as NetworkInput).nodes) ? (input as NetworkInput) : undefined;
  const order = network ? network.nodes.length : (input as AnalysisGraph).order;
  const workers = runner.pool?.size ?? Math.max(0, Math.floor(runner.workers ?? defaultWorkers()));
  if (workers === 0 || order < (runner.minNodes ?? DEFAULT_MIN_NODES)) {
    runner.pool?.close();
    return analyse(input, options);
  }
  const pool = runner.pool ?? startPathWorkers(workers);
  const passOptions = { weighted: options.pathWeight !== undefined };
  // Without weights or grouping, no metric needs the graph: the adjacency comes from the network
  // and the workers start on it at once.
  const direct = withoutGraph(input, options);
  if (direct) {
    const pass = startPass(direct.csr, passOptions, pool);
    try {
      const finish = direct.rest();
      return finish(await pass.join());
    } catch (error) {
      pass.cancel();
      throw error;
    }
  }
  // An unweighted pass needs only the ties, in the graph's node order: read them from the network
  // directly, so the workers need not wait for the graph.
  const early =
    network && options.pathWeight === undefined
      ? networkTopology(network, options.directed ?? network.edges.some((edge) => edge.directed === true))
      : undefined;
  let pass = early ? startPass(early, passOptions, pool) : undefined;
  try {
    const graph = graphFor(input, options);
    const prepared = analysisWithoutPaths(graph, options);
    if (!pass) {
      const csr =
        options.pathWeight === undefined || options.pathWeight === options.weight
          ? prepared.csr
          : pathCsr(graph, options);
      pass = startPass(csr, passOptions, pool);
    }
    const finish = prepared.rest();
    return finish(await pass.join());
  } catch (error) {
    if (pass) pass.cancel();
    else pool.close();
    throw error;
  }
}
