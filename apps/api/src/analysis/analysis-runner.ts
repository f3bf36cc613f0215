import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyseNetwork, type InsightsInput, type NetworkAnalysis } from '@regiekaart/analysis';
import type { AnalysisJob, AnalysisReply } from './analysis.worker.ts';

function tsxLoader(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  }
}

/**
 * One long-lived worker thread that runs analyses in turn. Started lazily; when it cannot start
 * (or dies), analyses run inline rather than fail.
 */
export class AnalysisRunner {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (r: NetworkAnalysis) => void; reject: (e: Error) => void }
  >();

  constructor(private readonly useWorker = true) {}

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
      else waiting.resolve(reply.result as NetworkAnalysis);
    });
    const fail = (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      this.worker = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker stopped (${code})`)));
    this.worker = worker;
    return worker;
  }

  run(input: InsightsInput): Promise<NetworkAnalysis> {
    if (!this.useWorker) return Promise.resolve(analyseNetwork(input));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.start().postMessage({ id, input } satisfies AnalysisJob);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
