import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compiledCli } from './compiled-cli.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = await compiledCli();
const dir = mkdtempSync(join(tmpdir(), 'regiekaart-cli-'));
const db = join(dir, 'cli.db');
const sample = join(root, 'data-samples/zuid-limburg.json');

/** Runs `regiekaart <args>` as `pnpm -s regiekaart` does: plain node on the compiled CLI. */
function regiekaart(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: root, env: { ...process.env, REGIEKAART_DB: db }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('regiekaart command line', () => {
  it('imports with --dry-run without writing, then for real', async () => {
    const dry = await regiekaart('import', sample, '--dry-run');
    expect(dry.code).toBe(0);
    const report = JSON.parse(dry.stdout);
    expect(report).toMatchObject({ dryRun: true, applied: false });
    expect(report.summary.people.create).toBeGreaterThanOrEqual(240);

    const real = await regiekaart('import', sample);
    expect(real.code).toBe(0);
    expect(JSON.parse(real.stdout).applied).toBe(true);
  }, 60_000);

  it('checks integrity and foreign keys', async () => {
    const { code, stdout } = await regiekaart('check');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(true);
    expect(report.counts.links).toBeGreaterThanOrEqual(1000);
  }, 60_000);

  it('exports GraphML to a file', async () => {
    const out = join(dir, 'export.graphml');
    const { code } = await regiekaart('export', '--format', 'graphml', '--out', out);
    expect(code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('<graphml');
    expect((text.match(/<edge /g) ?? []).length).toBeGreaterThanOrEqual(1000);
  }, 60_000);

  it('makes a verified online backup that holds the same rows', async () => {
    const copy = join(dir, 'backup.db');
    const { code, stdout } = await regiekaart('backup', copy);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: true, sameCounts: true, integrity: ['ok'], foreignKeys: [] });
    expect(existsSync(copy)).toBe(true);
    const check = await regiekaart('check');
    expect(JSON.parse(check.stdout).counts).toEqual(report.counts);
  }, 60_000);

  it('refuses a broken file with exit code 2 and a message naming the line', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'naam;kleur\nPolitie;blauw\n');
    const { code, stderr } = await regiekaart('import', bad);
    expect(code).toBe(2);
    expect(stderr).toMatch(/regel 1/);
  }, 60_000);

  it('answers an unknown command with exit code 2 and the usage', async () => {
    const { code, stderr } = await regiekaart('vlieg');
    expect(code).toBe(2);
    expect(stderr).toContain('Gebruik: pnpm -s regiekaart');
  }, 60_000);

  it('exports an Excel workbook that imports again with nothing rejected', async () => {
    const out = join(dir, 'export.xlsx');
    const exported = await regiekaart('export', '--format', 'xlsx', '--out', out);
    expect(exported.code).toBe(0);
    expect([...readFileSync(out).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const { code, stdout } = await regiekaart('import', out, '--dry-run');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.rows.filter((row: { action: string }) => row.action === 'reject')).toEqual([]);
    expect(report.summary.links.unchanged).toBeGreaterThanOrEqual(1000);
  }, 60_000);

  it('imports the nodes of a file from another tool as people with --nodes person', async () => {
    const file = join(root, 'packages/io/test/fixtures/tools/igraph-zachary.graphml');
    const { code, stdout } = await regiekaart('import', file, '--dry-run', '--nodes', 'person');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary.people).toMatchObject({ create: 34, reject: 0 });
    expect(report.summary.links).toMatchObject({ create: 78, reject: 0 });
    expect(report.summary.organisations).toBeUndefined();
  }, 60_000);

  it('refuses an old .xls workbook with exit code 2 and a Dutch message', async () => {
    const xls = join(dir, 'oud.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const { code, stderr } = await regiekaart('import', xls);
    expect(code).toBe(2);
    expect(stderr).toContain('dit is een oud Excel-bestand (.xls)');
  }, 60_000);
});
