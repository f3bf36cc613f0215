/**
 * Node-only runner that splits the all-sources shortest-path pass over worker threads. Imported by
 * the API and CLI only, never from `index.ts` (the browser imports that).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type AnalyseOptions, type AnalysisResult, analyse, graphFor, pathCsr } from './analyse.ts';
import { createPathSums, mergePathSums, type PathPassOptions, type PathSums, pathSums } from './brandes.ts';
import type { NetworkInput } from './build-graph.ts';
import type { CsrCore } from './csr.ts';
import type { AnalysisGraph } from './graph.ts';

export interface WorkerRunnerOptions {
  /** Number of worker threads; default: the available cores (the calling thread waits meanwhile). */
  workers?: number;
  /** Below this many nodes the pass runs in the calling thread (starting workers costs more). */
  minNodes?: number;
}

const DEFAULT_MIN_NODES = 2_000;

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
function startWorker(workerData: unknown): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './path-sums.worker.ts' : './path-sums.worker.js', import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData });
  const code = `import(${JSON.stringify(tsxLoader())}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true, workerData });
}

function runRange(csr: CsrCore, from: number, to: number, weighted: boolean): Promise<PathSums> {
  const core: CsrCore = { n: csr.n, directed: csr.directed, out: csr.out, in: csr.in };
  return new Promise((resolve, reject) => {
    const worker = startWorker({ csr: core, from, to, weighted });
    worker.once('message', (sums: PathSums) => {
      resolve(sums);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`analysis/pathSumsInWorkers: worker stopped with exit code ${code}`));
    });
  });
}

/** The all-sources path pass split into equal source ranges, one per worker thread, then merged. */
export async function pathSumsInWorkers(
  csr: CsrCore,
  options: PathPassOptions = {},
  runner: WorkerRunnerOptions = {},
): Promise<PathSums> {
  const workers = Math.max(1, Math.floor(runner.workers ?? availableParallelism()));
  if (workers === 1 || csr.n < (runner.minNodes ?? DEFAULT_MIN_NODES)) {
    return pathSums(csr, 0, csr.n, options);
  }
  const size = Math.ceil(csr.n / workers);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) =>
      runRange(csr, w * size, Math.min(csr.n, (w + 1) * size), options.weighted === true),
    ),
  );
  return parts.reduce((into, part) => mergePathSums(into, part), createPathSums(csr.n));
}

/** `analyse` with its shortest-path pass in worker threads; same result. */
export async function analyseInWorkers(
  input: AnalysisGraph | NetworkInput,
  options: AnalyseOptions = {},
  runner: WorkerRunnerOptions = {},
): Promise<AnalysisResult> {
  const graph = graphFor(input, options);
  const csr = pathCsr(graph, options);
  const sums = await pathSumsInWorkers(csr, { weighted: options.pathWeight !== undefined }, runner);
  return analyse(graph, { ...options, pathSums: sums });
}
