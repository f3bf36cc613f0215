import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDatabase, type Db, openDatabase, startServer } from '@regiekaart/api';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'regiekaart-backup-'));
const PASSWORD = 'herstel-proef-wachtwoord-8080';

function regiekaart(
  db: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'apps/api/src/cli.ts'), ...args],
      { cwd: root, env: { ...process.env, REGIEKAART_DB: db }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Every row of a table, in key order, as text. */
const rows = (db: Db, table: string) =>
  db
    .prepare(`SELECT * FROM ${table} ORDER BY rowid`)
    .raw()
    .all()
    .map((r) => JSON.stringify(r));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('backup and restore', () => {
  it('backs up a running, busy server, and the restored copy passes the checks and holds the same rows', async () => {
    const source = join(dir, 'live.db');
    const server = await startServer({
      port: 0,
      dbPath: source,
      adminPassword: PASSWORD,
      webRoot: join(dir, 'none'),
    });
    const login = async (url: string) => {
      const res = await fetch(`${url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'beheerder', password: PASSWORD }),
      });
      expect(res.status).toBe(200);
      return (res.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    };
    const cookie = await login(server.url);

    // keep the server busy while the backup runs: casus reads append to the access log
    let busy = true;
    let reads = 0;
    const load = (async () => {
      while (busy) {
        const res = await fetch(`${server.url}/api/opgaven/cas-wm-2023-082`, { headers: { cookie } });
        expect(res.status).toBe(200);
        await res.arrayBuffer();
        reads++;
      }
    })();
    const copy = join(dir, 'regiekaart-backup.db');
    const backup = await regiekaart(source, 'backup', copy);
    busy = false;
    await load;
    expect(backup.code, backup.stderr).toBe(0);
    const report = JSON.parse(backup.stdout);
    expect(report).toMatchObject({ ok: true, sameCounts: true, integrity: ['ok'], foreignKeys: [] });
    expect(report.counts.users).toBe(1);
    expect(report.counts.access_log).toBeGreaterThan(0);
    expect(reads).toBeGreaterThan(0);
    // the refused second backup to the same path
    expect((await regiekaart(source, 'backup', copy)).code).not.toBe(0);

    const live = server.db;
    const dataBefore = Object.fromEntries(
      ['organisations', 'people', 'memberships', 'links', 'opgaven', 'participants', 'users'].map((t) => [
        t,
        rows(live, t),
      ]),
    );
    await server.close();

    // the documented restore: with the server stopped, the copy becomes the database file
    const restored = join(dir, 'restored', 'regiekaart.db');
    openDatabase(restored).close();
    for (const suffix of ['-wal', '-shm']) rmSync(restored + suffix, { force: true });
    copyFileSync(copy, restored);
    expect(existsSync(`${restored}-wal`)).toBe(false);

    const check = await regiekaart(restored, 'check');
    expect(check.code, check.stderr).toBe(0);
    const checked = JSON.parse(check.stdout);
    expect(checked.ok).toBe(true);
    expect(checked.counts).toEqual(report.sourceCounts);

    const db = openDatabase(restored, { readonly: true });
    try {
      expect(checkDatabase(db).ok).toBe(true);
      for (const [table, before] of Object.entries(dataBefore))
        expect(rows(db, table), table).toEqual(before);
    } finally {
      db.close();
    }

    // the restored server knows the same accounts
    const again = await startServer({ port: 0, dbPath: restored, webRoot: join(dir, 'none') });
    try {
      expect(again.generatedAdmin).toBeUndefined();
      await login(again.url);
    } finally {
      await again.close();
    }
  }, 120_000);
});
