import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetInput } from '@regiekaart/model';
import { type RunningServer, startServer } from '../src/server.ts';
import { importDataset } from '../src/services/dataset.service.ts';

export type Harness = RunningServer & {
  dir: string;
  dbPath: string;
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  stop(): Promise<void>;
};
// biome-ignore lint/suspicious/noExplicitAny: replies are read loosely in tests, their shapes asserted by value
export type Reply = { status: number; type: string; body: any; text: string; headers: Headers };

/** A real server on a random loopback port over a fresh SQLite file, optionally filled with a dataset. */
export async function startHarness(dataset?: DatasetInput): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'regiekaart-test-'));
  const dbPath = join(dir, 'test.db');
  const server = await startServer({ port: 0, dbPath, loadSample: false, webRoot: join(dir, 'no-web') });
  if (dataset) {
    const report = importDataset(server.db, dataset as never);
    if (!report.applied)
      throw new Error(
        `fixture import failed: ${JSON.stringify(report.rows.filter((r) => r.action === 'reject'))}`,
      );
  }
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      if (!('content-type' in headers))
        (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const res = await fetch(`${server.url}${path}`, init);
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    let parsed: unknown = text;
    if (/json/.test(type) && text) parsed = JSON.parse(text);
    return { status: res.status, type, body: parsed, text, headers: res.headers };
  };
  return {
    ...server,
    dir,
    dbPath,
    call,
    async stop() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
