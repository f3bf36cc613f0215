/**
 * Node-only runner that shares the all-sources shortest-path pass between worker threads and the
 * calling thread. Imported by the API and CLI only, never from `index.ts` (the browser imports that).
 */
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
  warmUpForJob,
} from './brandes.ts';
import type { NetworkInput } from './build-graph.ts';
import { type CsrCore, networkTopology } from './csr.ts';
import type { AnalysisGraph } from './graph.ts';
import { defaultWorkers, type PathWorkers, startPathWorkers } from './path-workers-node.ts';

export { type PathWorkers, startPathWorkers };

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
const CHUNK = 4;

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
  // this thread joins the pass later: have its kernel optimised meanwhile
  warmUpForJob(job);
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
 * `analyse` with its shortest-path pass shared with worker threads: the workers start on the pass
 * as soon as its adjacency is known (read from the network, before any graph is built), and this
 * thread joins them once it has computed every other metric. Same result as `analyse` (the path
 * sums to rounding: which thread adds which source varies).
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
