import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/database.ts';
import { bumpGeneration } from '../db/generation.ts';
import { type ImportJob, type ImportReply, runImportJob } from './import.worker.ts';

function tsxLoader(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  }
}

export type ImportRequest = Omit<ImportJob, 'id' | 'dbPath'>;

/**
 * Reads, checks and writes imports in one long-lived worker thread with its own connection to the
 * same SQLite file (WAL: the server keeps reading meanwhile). An in-memory database, or a worker
 * that cannot start, runs the import inline instead.
 */
export class ImportRunner {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (reply: ImportReply) => void>();

  constructor(private readonly useWorker = true) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    // Compiled (apps/api/dist), the worker is `import.worker.js` beside this code; from source,
    // worker threads do not inherit tsx's hooks on Node 20, so the worker registers them first.
    const fromSource = import.meta.url.endsWith('.ts');
    const entry = new URL(fromSource ? './import.worker.ts' : './import.worker.js', import.meta.url);
    const code = `import(${JSON.stringify(tsxLoader())}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
    const worker = fromSource ? new Worker(code, { eval: true }) : new Worker(entry);
    worker.unref();
    worker.on('message', (reply: ImportReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      waiting(reply);
    });
    const fail = (error: Error) => {
      for (const [id, waiting] of this.pending) waiting({ id, error: error.message });
      this.pending.clear();
      this.worker = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`import worker stopped (${code})`)));
    this.worker = worker;
    return worker;
  }

  async run(db: Db, request: ImportRequest): Promise<Omit<ImportReply, 'id'>> {
    const file = db.memory ? '' : db.name;
    if (!this.useWorker || !file) return runImportJob(db, request);
    const id = this.nextId++;
    const reply = await new Promise<ImportReply>((resolve) => {
      this.pending.set(id, resolve);
      this.start().postMessage({ id, dbPath: file, ...request } satisfies ImportJob, [
        request.bytes.buffer as ArrayBuffer,
      ]);
    });
    // the worker's commit is another connection's: tell this process's caches
    if (reply.report?.applied) bumpGeneration(db);
    return reply;
  }

  /** Starts the worker and its connection ahead of the first import (the server does this at start). */
  warm(db: Db): void {
    const file = db.memory ? '' : db.name;
    if (!this.useWorker || !file) return;
    const id = this.nextId++;
    this.pending.set(id, () => {});
    this.start().postMessage({
      id,
      warm: true,
      dbPath: file,
      format: 'csv',
      bytes: new Uint8Array(),
      options: { dryRun: true, hidden: [] },
    } satisfies ImportJob);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
