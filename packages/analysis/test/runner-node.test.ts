import { describe, expect, it } from 'vitest';
import {
  analyse,
  analyseNetwork,
  buildGraph,
  networkTopology,
  pathSums,
  seededRandom,
  toCsr,
} from '../src/index.ts';
import { analyseInWorkers, pathSumsInWorkers, startPathWorkers } from '../src/runner-node.ts';

function randomGraph(n: number, m: number, seed: number, directed = false) {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}` }));
  const edges = Array.from({ length: m }, () => ({
    source: `n${Math.floor(random() * n)}`,
    target: `n${Math.floor(random() * n)}`,
    strength: 1 + Math.floor(random() * 4),
  }));
  return buildGraph({ nodes, edges }, { directed });
}

describe('runner-node', () => {
  it('splits the path pass over worker threads with the same sums as one pass', async () => {
    const csr = toCsr(randomGraph(300, 900, 7), { weight: 'strength' });
    for (const weighted of [false, true]) {
      const single = pathSums(csr, 0, csr.n, { weighted });
      const split = await pathSumsInWorkers(csr, { weighted }, { workers: 2, minNodes: 0 });
      for (const key of ['betweenness', 'distance', 'reached', 'harmonic'] as const) {
        single[key].forEach((value, i) => {
          expect(split[key][i]).toBeCloseTo(value, 9);
        });
      }
    }
  });

  it('gives analyse the same result with workers', async () => {
    const graph = randomGraph(200, 500, 3);
    const inThread = analyse(graph);
    const inWorkers = await analyseInWorkers(graph, {}, { workers: 2, minNodes: 0 });
    for (const [id, node] of Object.entries(inThread.nodes)) {
      expect(inWorkers.nodes[id]!.betweenness).toBeCloseTo(node.betweenness, 12);
      expect(inWorkers.nodes[id]!.closeness).toBeCloseTo(node.closeness, 12);
      expect(inWorkers.nodes[id]!.harmonic).toBeCloseTo(node.harmonic, 12);
    }
  });

  it('shares the pass with workers started ahead, on a directed graph too', async () => {
    for (const directed of [true, false]) {
      const csr = toCsr(randomGraph(400, 1200, 5, directed));
      const single = pathSums(csr, 0, csr.n);
      const shared = await pathSumsInWorkers(csr, {}, { pool: startPathWorkers(1), minNodes: 0 });
      for (const key of ['betweenness', 'distance', 'reached', 'harmonic'] as const) {
        single[key].forEach((value, i) => {
          expect(shared[key][i]).toBeCloseTo(value, 9);
        });
      }
    }
  });

  it('reads the adjacency of the graph buildGraph gives from the network itself, for an early start', () => {
    const random = seededRandom(9);
    const nodes = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}` }));
    // parallel ties, reversed ties, self-loops and ties marked undirected
    const edges = Array.from({ length: 240 }, () => ({
      source: `n${Math.floor(random() * 60)}`,
      target: `n${Math.floor(random() * 60)}`,
      directed: random() < 0.3 ? false : undefined,
    }));
    for (const directed of [true, false]) {
      const csr = toCsr(buildGraph({ nodes, edges }, { directed }));
      const early = networkTopology({ nodes, edges }, directed)!;
      expect(early.directed).toBe(directed);
      expect(early.out.offsets).toEqual(csr.out.offsets);
      expect(early.out.targets).toEqual(csr.out.targets);
      expect(early.in.offsets).toEqual(csr.in.offsets);
      expect(early.in.targets).toEqual(csr.in.targets);
    }
    expect(networkTopology({ nodes, edges: [{ source: 'n1', target: 'nowhere' }] }, false)).toBeUndefined();
    expect(networkTopology({ nodes: [...nodes, { id: 'n1' }], edges }, false)).toBeUndefined();
  });

  it('analyses a network with an early pass as analyse does, and reports a bad tie', async () => {
    const random = seededRandom(4);
    const nodes = Array.from({ length: 150 }, (_, i) => ({ id: `n${i}` }));
    const edges = Array.from({ length: 400 }, () => ({
      source: `n${Math.floor(random() * 150)}`,
      target: `n${Math.floor(random() * 150)}`,
    }));
    const inThread = analyse({ nodes, edges });
    const inWorkers = await analyseInWorkers({ nodes, edges }, {}, { workers: 1, minNodes: 0 });
    for (const [id, node] of Object.entries(inThread.nodes)) {
      expect(inWorkers.nodes[id]!.betweenness).toBeCloseTo(node.betweenness, 12);
      expect(inWorkers.nodes[id]!.closeness).toBeCloseTo(node.closeness, 12);
      expect(inWorkers.nodes[id]!.harmonic).toBeCloseTo(node.harmonic, 12);
      expect(inWorkers.nodes[id]!.community).toBe(node.community);
    }
    const bad = [...edges, { source: 'n1', target: 'n2', strength: Number.NaN }];
    await expect(analyseInWorkers({ nodes, edges: bad }, {}, { workers: 1, minNodes: 0 })).rejects.toThrow(
      /strength = NaN/,
    );
  });

  it('gives analyseNetwork (the API worker) the same result with a pass shared by path workers', async () => {
    const random = seededRandom(21);
    const nodes = Array.from({ length: 120 }, (_, i) => ({
      id: `p${i}`,
      label: `P ${i}`,
      domain: i % 3 ? 'zorg' : 'wonen',
    }));
    const edges = Array.from({ length: 300 }, () => ({
      source: `p${Math.floor(random() * 120)}`,
      target: `p${Math.floor(random() * 120)}`,
      directed: random() < 0.2,
    }));
    const input = { network: { nodes, edges } };
    const shared = await pathSumsInWorkers(
      networkTopology(input.network, false)!,
      {},
      { workers: 1, minNodes: 0 },
    );
    const inThread = analyseNetwork(input);
    const withWorkers = analyseNetwork(input, { pathSums: shared });
    for (const [id, node] of Object.entries(inThread.nodes)) {
      expect(withWorkers.nodes[id]!.betweenness).toBeCloseTo(node.betweenness, 12);
      expect(withWorkers.nodes[id]!.closeness).toBeCloseTo(node.closeness, 12);
      expect(withWorkers.nodes[id]!.harmonic).toBeCloseTo(node.harmonic, 12);
    }
    // the same insights; sums in another order may differ in the last bits
    const rounded = (value: unknown) =>
      JSON.parse(JSON.stringify(value, (_, v) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)));
    expect(rounded(withWorkers.insights)).toEqual(rounded(inThread.insights));
  });
});
