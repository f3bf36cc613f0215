import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeMetricsSchema } from '@regiekaart/model';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function analyse(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'apps/api/src/cli.ts'), 'analyse', ...args],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

type Case = { name: string; graph: Record<string, unknown>; nodes: Record<string, Record<string, unknown>> };
const fixture = (name: string, caseName: string): Case => {
  const file = JSON.parse(readFileSync(join(root, `packages/analysis/test/fixtures/${name}.json`), 'utf8'));
  return file.cases.find((c: Case) => c.name === caseName);
};

/** The pinned per-node metrics, as the model declares them (community and brokerage are checked apart). */
const PINNED = Object.keys(NodeMetricsSchema.shape).filter((k) => k !== 'community' && k !== 'brokerage');

function expectClose(actual: unknown, expected: unknown, where: string) {
  if (typeof expected === 'number') {
    expect(typeof actual, where).toBe('number');
    expect(Math.abs((actual as number) - expected), where).toBeLessThan(1e-9);
  } else expect(actual, where).toEqual(expected);
}

/** Every pinned metric of every node, against the networkx (and R sna) reference. */
function compare(
  output: { graph: Record<string, unknown>; nodes: Record<string, Record<string, unknown>> },
  ref: Case,
) {
  for (const key of ['nodes', 'edges', 'directed', 'density', 'components', 'transitivity']) {
    expectClose(output.graph[key], ref.graph[key], `graph.${key}`);
  }
  expect(Object.keys(output.nodes).sort()).toEqual(Object.keys(ref.nodes).sort());
  for (const [id, metrics] of Object.entries(ref.nodes)) {
    for (const key of PINNED) expectClose(output.nodes[id]?.[key], metrics[key], `${id}.${key}`);
    expect(typeof output.nodes[id]?.community).toBe('number');
    if (metrics.brokerage) {
      for (const [role, value] of Object.entries(metrics.brokerage as Record<string, number>)) {
        expectClose(
          (output.nodes[id]?.brokerage as Record<string, number> | undefined)?.[role],
          value,
          `${id}.brokerage.${role}`,
        );
      }
    }
  }
}

describe('pnpm -s regiekaart analyse', () => {
  it('matches networkx on the Florentine families (GraphML)', async () => {
    const { code, stdout } = await analyse(join(root, 'data-samples/florentine.graphml'));
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    compare(output, fixture('florentine', 'unweighted'));
    expect(output.articulationPoints).toContain('Medici');
    expect(output.nodes.Medici.brokerage).toBeUndefined();
  }, 60_000);

  it('matches networkx and R sna on the karate club with --group-by club', async () => {
    const { code, stdout } = await analyse(join(root, 'data-samples/karate.graphml'), '--group-by', 'club');
    expect(code).toBe(0);
    compare(JSON.parse(stdout), fixture('karate', 'unweighted'));
  }, 60_000);

  it('uses the weight attribute with --weight', async () => {
    const { code, stdout } = await analyse(join(root, 'data-samples/karate.graphml'), '--weight', 'weight');
    expect(code).toBe(0);
    compare(JSON.parse(stdout), fixture('karate', 'weighted'));
  }, 60_000);

  it('reads a CSV edge list with the file’s own ids', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regiekaart-analyse-'));
    const file = join(dir, 'edges.csv');
    writeFileSync(file, 'bron;doel\nA;B\nB;C\nC;A\nC;D\n');
    const { code, stdout } = await analyse(file);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output.nodes).sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(output.articulationPoints).toEqual(['C']);
    expect(output.bridges).toEqual([['C', 'D']]);
  }, 60_000);

  it('exits with 2 and names the element for a broken file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regiekaart-analyse-'));
    const file = join(dir, 'broken.graphml');
    writeFileSync(
      file,
      '<graphml><graph edgedefault="undirected"><node id="a"/><edge source="a"/></graph></graphml>',
    );
    const { code, stderr } = await analyse(file);
    expect(code).toBe(2);
    expect(stderr).toMatch(/<edge/);
  }, 60_000);

  it('exits with 2 and a Dutch message, never a stack trace, for a file that cannot be read', async () => {
    const { code, stderr } = await analyse(join(tmpdir(), 'bestaat-niet-regiekaart.csv'));
    expect(code).toBe(2);
    expect(stderr).toContain('niet lezen: het bestand bestaat niet.');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('exits with 2 naming the line of a repeated node id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regiekaart-analyse-'));
    const file = join(dir, 'nodes.csv');
    writeFileSync(file, 'id;naam\na;A\na;B\n');
    const { code, stderr } = await analyse(file);
    expect(code).toBe(2);
    expect(stderr).toContain('CSV-bestand, regel 3: het id "a" staat al op regel 2');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('exits with 2 naming the element of a construct it cannot represent (a Gephi file with values per period)', async () => {
    const { code, stderr } = await analyse(
      join(root, 'packages/io/test/fixtures/tools/gephi-dynamic-edge-weight.gexf'),
    );
    expect(code).toBe(2);
    expect(stderr).toContain('<edge id="0"> (nr. 1), regel 12: een waarde die per periode verschilt');
  }, 60_000);

  it('keeps each tie its own direction and reads decimal commas, as import does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regiekaart-analyse-'));
    const file = join(dir, 'ties.csv');
    writeFileSync(file, '\uFEFFbron;doel;gewicht;type\r\nA;B;0,5;gericht\r\nB;C;1,5;ongericht\r\n');
    const { code, stdout } = await analyse(file, '--weight', 'gewicht');
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    // A mixed file: a directed graph in which the undirected tie B-C counts as two arcs.
    expect(output.graph).toMatchObject({ nodes: 3, edges: 3, directed: true });
    expect(output.nodes.C.strength).toBe(3); // 1,5 in and 1,5 out
    expect(output.nodes.B.strength).toBe(3.5);
  }, 60_000);

  it('reads an Excel workbook (written by openpyxl) with the names its ties use', async () => {
    const { code, stdout } = await analyse(
      join(root, 'packages/io/test/fixtures/tools/openpyxl-nederlands.xlsx'),
    );
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output.nodes)).toEqual([
      'Gemeente Heerlen',
      'GGD Zuid Limburg',
      'Woonpunt',
      'Anna de Vries',
      'Bram Jansen',
    ]);
    expect(output.graph).toMatchObject({ nodes: 5, directed: true });
  }, 60_000);
});
