import louvain from 'graphology-communities-louvain';
import { describe, expect, it } from 'vitest';
import { buildGraph, type NetworkInput, seededRandom, toCsr } from '../src/index.ts';
import { undirectedLouvainOfCsr } from '../src/louvain-csr.ts';

/** Random undirected networks of many shapes: sparse and dense, in pieces, hubs, parallel ties, loops. */
function randomNetwork(n: number, m: number, seed: number, hubs: boolean): NetworkInput {
  const random = seededRandom(seed);
  const pick = () => {
    if (!hubs) return Math.floor(random() * n);
    // a skewed choice: low indices are hubs
    return Math.floor(random() * random() * n);
  };
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `v${(i * 7919) % n}-${i}` }));
  const edges = Array.from({ length: m }, () => ({ source: nodes[pick()]!.id, target: nodes[pick()]!.id }));
  return { nodes, edges };
}

/** graphology's own labels (before our renumbering), by node index. */
function graphologyLabels(network: NetworkInput, seed: number, resolution: number): number[] {
  const graph = buildGraph(network, { directed: false });
  // the view Louvain reads has no self-loops (toCsr drops them), so neither may the reference graph
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (source === target) graph.dropEdge(edge);
  });
  const raw = louvain(graph, { getEdgeWeight: null, rng: seededRandom(seed), resolution });
  return graph.nodes().map((id) => raw[id]!);
}

describe('Louvain on the adjacency (louvain-csr.ts)', () => {
  it('makes the same moves as graphology-communities-louvain on hundreds of random graphs', () => {
    let compared = 0;
    let fallbacks = 0;
    const random = seededRandom(2026);
    for (let round = 0; round < 400; round++) {
      const n = 1 + Math.floor(random() * (round < 300 ? 120 : 700));
      const m = Math.floor(random() * random() * 5 * n);
      const network = randomNetwork(n, m, round, round % 3 === 0);
      const seed = round % 5 === 0 ? 42 : Math.floor(random() * 1e6);
      const resolution = [1, 1, 0.5, 2, 1.3][round % 5]!;
      const csr = toCsr(buildGraph(network, { directed: false }));
      const ours = undirectedLouvainOfCsr(csr, seededRandom(seed), resolution);
      if (ours === undefined) {
        fallbacks++;
        continue;
      }
      expect(Array.from(ours), `round ${round}: n ${n}, m ${m}`).toEqual(
        graphologyLabels(network, seed, resolution),
      );
      compared++;
    }
    // the fallback (graphology itself) is for a rare corner only
    expect(compared).toBeGreaterThan(380);
    expect(fallbacks).toBeLessThan(20);
  });

  it('agrees where graphology`s typed arrays overflow (128 and 32,768 ties: index arrays just too narrow)', () => {
    for (const [n, m] of [
      [60, 128],
      [200, 128],
      [3000, 32_768],
    ] as const) {
      for (const seed of [1, 2]) {
        const random = seededRandom(seed);
        const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}` }));
        const pairs = new Set<string>();
        const edges: { source: string; target: string }[] = [];
        while (edges.length < m) {
          const a = Math.floor(random() * n);
          const b = Math.floor(random() * n);
          const key = a < b ? `${a} ${b}` : `${b} ${a}`;
          if (a === b || pairs.has(key)) continue;
          pairs.add(key);
          edges.push({ source: `n${a}`, target: `n${b}` });
        }
        const network = { nodes, edges };
        const csr = toCsr(buildGraph(network, { directed: false }));
        expect(csr.edgeSources.length).toBe(m);
        const ours = undirectedLouvainOfCsr(csr, seededRandom(seed), 1);
        expect(ours).toBeDefined();
        expect(Array.from(ours!)).toEqual(graphologyLabels(network, seed, 1));
      }
    }
  });

  it('finds the Barabási–Albert bench graph`s communities as graphology does', () => {
    const random = seededRandom(42);
    const n = 2000;
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}` }));
    const edges: { source: string; target: string }[] = [];
    const repeated: number[] = [];
    for (let source = 3; source < n; source++) {
      const targets = new Set<number>();
      while (targets.size < 3) {
        targets.add(repeated.length === 0 ? targets.size : repeated[Math.floor(random() * repeated.length)]!);
      }
      for (const target of targets) {
        edges.push({ source: `n${source}`, target: `n${target}` });
        repeated.push(source, target);
      }
    }
    const network = { nodes, edges };
    const ours = undirectedLouvainOfCsr(toCsr(buildGraph(network, { directed: false })), seededRandom(42), 1);
    expect(ours).toBeDefined();
    expect(Array.from(ours!)).toEqual(graphologyLabels(network, 42, 1));
  });
});
