import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database.ts';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage(String(error)); }
}, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); process.exit(0); });
`;

/**
 * Moves WAL checkpoints (and their fsync) off the main thread: a worker thread with its own
 * connection runs a PASSIVE checkpoint every `everyMs`, which never blocks readers or writers, and
 * the server's connection checkpoints itself only when the log grows large. Should the worker
 * stop, the connection checkpoints itself as usual again. Returns the function that stops the worker.
 */
export function startCheckpointer(db: Db, path: string, everyMs = 1000): () => Promise<void> {
  if (path === ':memory:' || db.readonly) return async () => {};
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { path, driver, everyMs } });
  worker.unref();
  const fallBack = () => {
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  };
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  // a safety net: should the worker fall behind a constant stream of writes, the connection
  // checkpoints itself once the log holds 10,000 pages (40 MB)
  db.pragma('wal_autocheckpoint = 10000');
  return async () => {
    worker.off('exit', fallBack);
    worker.postMessage('stop');
    await new Promise<void>((done) => worker.once('exit', () => done()));
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  };
}
