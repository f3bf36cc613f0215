/**
 * The path workers of `runner-node.ts`, in a module of their own that loads none of the analysis,
 * so that the command line can start them first thing and their start-up overlaps its own.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PathSums, SharedPathJob } from './brandes.ts';

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
 * not inherit tsx's module hooks on Node 20, so the worker first registers tsx itself. Compiled
 * (apps/api/build.mjs), the worker is one CommonJS file beside this code.
 */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './path-sums.worker.ts' : './path-sums.worker.cjs', import.meta.url);
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

export function defaultWorkers(): number {
  return availableParallelism() - 1;
}
