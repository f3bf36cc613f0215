/**
 * `analyse` on files large enough (64 KB or more) that the command line starts its path workers
 * before reading them: the result is the in-process analysis, and the workers never keep the
 * process alive, whether the network turns out small or the file broken.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse as analyseInProcess, seededRandom } from '@regiekaart/analysis';
import { describe, expect, it } from 'vitest';
import { compiledCli } from './compiled-cli.ts';

const cli = await compiledCli();
const dir = mkdtempSync(join(tmpdir(), 'regiekaart-analyse-large-'));

function analyse(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [cli, 'analyse', file],
      { maxBuffer: 64 * 1024 * 1024, timeout: 50_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A networkx node-link file: `n` nodes, each tied to `m` earlier ones, with filler to reach a size. */
function nodeLink(n: number, m: number, filler = 0) {
  const random = seededRandom(n);
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, note: 'x'.repeat(filler) }));
  const links: Array<{ source: string; target: string; strength: number }> = [];
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < Math.min(m, i); k++) {
      links.push({ source: `p${i}`, target: `p${Math.floor(random() * i)}`, strength: 1 + (k % 3) });
    }
  }
  return { directed: false, multigraph: false, graph: {}, nodes, links };
}

const PATHS = new Set(['betweenness', 'closeness', 'harmonic']);

describe('regiekaart analyse on a large file', () => {
  it('gives the in-process analysis of 2,000 people, path metrics to rounding', async () => {
    const network = nodeLink(2000, 3);
    const file = join(dir, 'large.json');
    writeFileSync(file, JSON.stringify(network));
    const { code, stdout, stderr } = await analyse(file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    const edges = network.links.map((link) => ({ ...link }));
    const expected = analyseInProcess(
      { nodes: network.nodes.map(({ id }) => ({ id })), edges },
      { directed: false },
    );
    expect(output.graph).toEqual(expected.graph);
    expect(output.communities).toEqual(expected.communities);
    expect(output.bridges).toEqual(expected.bridges);
    expect(output.articulationPoints).toEqual(expected.articulationPoints);
    for (const [id, metrics] of Object.entries(expected.nodes)) {
      for (const [key, value] of Object.entries(metrics)) {
        if (PATHS.has(key)) expect(output.nodes[id][key]).toBeCloseTo(value as number, 12);
        else expect(output.nodes[id][key], `${id}.${key}`).toEqual(value);
      }
    }
  }, 60_000);

  it('stops its workers when the network is small after all', async () => {
    const file = join(dir, 'small.json');
    writeFileSync(file, JSON.stringify(nodeLink(60, 2, 2000)));
    const { code, stdout } = await analyse(file);
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(stdout).nodes)).toHaveLength(60);
  }, 60_000);

  it('stops its workers when the file is broken', async () => {
    const file = join(dir, 'broken.json');
    const network = nodeLink(2000, 3);
    // a link without a target, at the end of the file
    writeFileSync(file, JSON.stringify({ ...network, links: [...network.links, { source: 'p1' }] }));
    const { code, stderr } = await analyse(file);
    expect(code).toBe(2);
    expect(stderr).toMatch(/target/);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
