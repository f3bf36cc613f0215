import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyseNetwork, type InsightsInput, type NetworkAnalysis } from '@regiekaart/analysis';
import { ApiError } from '../http/problem.ts';
import type { AnalysisJob, AnalysisReply } from './analysis.worker.ts';
import { answerWhatIf, type WhatIfAnswer, type WhatIfInput } from './what-if-answer.ts';

function tsxLoader(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  }
}

/**
 * One long-lived worker thread that runs analyses (and what-if questions) in turn. Started lazily; when it dies, the
 * analyses it had are refused and the next one starts a new worker.
 *
 * Closing (the server stops) ends the worker even in the middle of an analysis. Such an analysis
 * was asked for by a client that has gone (the server waits for the answers of connected clients
 * before it closes the runner), so it is refused as 503 "the server is stopping", not reported as
 * a crash.
 */
export class AnalysisRunner {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();

  private closing = false;

  constructor(private readonly useWorker = true) {}

  /** Analyses handed to the worker and not yet answered. */
  get pendingCount(): number {
    return this.pending.size;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // Compiled (apps/api/dist), the worker is `analysis.worker.js` beside this code; from source,
    // worker threads do not inherit tsx's hooks on Node 20, so the worker registers them first.
    const fromSource = import.meta.url.endsWith('.ts');
    const entry = new URL(fromSource ? './analysis.worker.ts' : './analysis.worker.js', import.meta.url);
    const code = `import(${JSON.stringify(tsxLoader())}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
    const worker = fromSource ? new Worker(code, { eval: true }) : new Worker(entry);
    worker.unref();
    worker.on('message', (reply: AnalysisReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.error !== undefined) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.result);
    });
    const fail = (error: Error) => {
      // a worker that was replaced already took its analyses down with it
      if (this.worker !== worker && !this.closing) return;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      if (this.worker === worker) this.worker = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) =>
      fail(
        this.closing
          ? new ApiError(
              503,
              'De server stopt',
              'De server stopt; de analyse is afgebroken. Probeer het zo opnieuw.',
            )
          : new Error(`analysis worker stopped (${code})`),
      ),
    );
    this.worker = worker;
    return worker;
  }

  run(input: InsightsInput): Promise<NetworkAnalysis> {
    if (!this.useWorker) return Promise.resolve(analyseNetwork(input));
    return this.submit((id) => ({ id, input }));
  }

  /** "What if these actors left?", in the same worker and queue as the analyses. */
  whatIf(input: WhatIfInput): Promise<WhatIfAnswer> {
    if (!this.useWorker) return Promise.resolve(answerWhatIf(input));
    return this.submit((id) => ({ id, whatIf: input }));
  }

  private submit<T>(job: (id: number) => AnalysisJob): Promise<T> {
    if (this.closing) {
      return Promise.reject(new ApiError(503, 'De server stopt', 'De server stopt. Probeer het zo opnieuw.'));
    }
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      this.start().postMessage(job(id));
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
