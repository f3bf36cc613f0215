import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST } from '../apps/api/build.mjs';
import { compiledCli } from './compiled-cli.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = await compiledCli();
const dir = mkdtempSync(join(tmpdir(), 'regiekaart-compiled-'));
const PASSWORD = 'gecompileerde-server-sleutel-4417';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the compiled server and command line', () => {
  it('are plain JavaScript, with the worker threads beside the entry point', () => {
    const files = readdirSync(DIST);
    expect(files).toEqual(
      expect.arrayContaining(['cli.js', 'analysis.worker.js', 'import.worker.js', 'path-sums.worker.cjs']),
    );
    for (const file of files.filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))) {
      const code = readFileSync(join(DIST, file), 'utf8');
      // no module specifier that only a TypeScript loader could resolve
      expect(code, file).not.toMatch(/(from|import\()\s*["'][^"']+\.ts["']/);
    }
  });

  it('ships the analysis code of `analyse` as one CommonJS file with a code cache this node accepts', () => {
    const file = join(DIST, 'analyse-code.cjs');
    const script = new Script(Module.wrap(readFileSync(file, 'utf8')), {
      filename: file,
      cachedData: readFileSync(`${file}.cache`),
    });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('serves the API and runs an analysis in its compiled worker thread', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      REGIEKAART_DB: join(dir, 'serve.db'),
      REGIEKAART_ADMIN_PASSWORD: PASSWORD,
    };
    const child = spawn(process.execPath, [cli, 'serve'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    try {
      const url = await new Promise<string>((ready, fail) => {
        let out = '';
        child.stdout?.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = /draait op (http:\/\/[\d.:]+)/.exec(out)?.[1];
          if (found) ready(found);
        });
        child.once('exit', (code) => fail(new Error(`serve stopped (${code}): ${errors}`)));
      });
      const login = await fetch(`${url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'beheerder', password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const analysis = await fetch(`${url}/api/analysis`, { headers: { cookie } });
      expect(analysis.status).toBe(200);
      expect(analysis.headers.get('api-version')).toMatch(/^\d+\.\d+\.\d+$/);
      const body = (await analysis.json()) as { nodes: Record<string, unknown> };
      expect(Object.keys(body.nodes).length).toBeGreaterThan(100);
      // a what-if is answered by the same compiled worker
      const actor = Object.keys(body.nodes)[0] ?? '';
      const whatIf = await fetch(`${url}/api/what-if?remove=${actor}&k=1`, { headers: { cookie } });
      expect(whatIf.status).toBe(200);
      const answer = (await whatIf.json()) as {
        removed: { id: string }[];
        mostDamaging: { actors: unknown[] };
      };
      expect(answer.removed.map((a) => a.id)).toEqual([actor]);
      expect(answer.mostDamaging.actors).toHaveLength(1);
      expect((await fetch(`${url}/api/docs`)).status).toBe(200);
      // an import is read and checked in the compiled import worker
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const imported = await fetch(`${url}/api/import?format=csv&dryRun=true`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'text/csv' },
        body: 'naam;domein;soort\nGecompileerde Stichting;zorg;zorgaanbieder\n',
      });
      expect(imported.status).toBe(200);
      const report = (await imported.json()) as { summary: { organisations: { create: number } } };
      expect(report.summary.organisations.create).toBe(1);
      expect(errors).toBe('');
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);

  it('analyses a 2,100-node graph with its path pass in compiled worker threads', async () => {
    // a ring with chords: large enough that the shortest-path pass is split over worker threads
    const n = 2100;
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}` }));
    const links = nodes.flatMap((_, i) => [
      { source: `n${i}`, target: `n${(i + 1) % n}` },
      { source: `n${i}`, target: `n${(i * 7 + 3) % n}` },
    ]);
    const file = join(dir, 'ring.json');
    writeFileSync(file, JSON.stringify({ directed: false, nodes, links }));
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
      execFile(
        process.execPath,
        [cli, 'analyse', file],
        { cwd: root, maxBuffer: 256 * 1024 * 1024 },
        (e, stdout, stderr) => done({ code: e ? Number(e.code ?? 1) : 0, stdout, stderr }),
      ),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      graph: { nodes: number };
      nodes: Record<string, { betweenness: number }>;
    };
    expect(out.graph.nodes).toBe(n);
    expect(Object.values(out.nodes).every((m) => Number.isFinite(m.betweenness))).toBe(true);
  }, 120_000);
});
