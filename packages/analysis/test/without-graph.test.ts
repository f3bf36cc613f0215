import { describe, expect, it } from 'vitest';
import {
  analyse,
  buildGraph,
  communities,
  communitiesOfCsr,
  type NetworkInput,
  networkCsr,
  seededRandom,
  toCsr,
  withoutGraph,
} from '../src/index.ts';
import { analyseInWorkers } from '../src/runner-node.ts';

/** A network with parallel ties both ways, self-loops, missing strengths and ids that look like numbers. */
function randomNetwork(n: number, m: number, seed: number, mixedDirections = false): NetworkInput {
  const random = seededRandom(seed);
  const id = (i: number) => (i % 3 === 0 ? String(i) : `n${i}`);
  const nodes = Array.from({ length: n }, (_, i) => ({ id: id(n - 1 - i) }));
  const edges = Array.from({ length: m }, () => {
    const edge: NetworkInput['edges'][number] = {
      source: id(Math.floor(random() * n)),
      target: id(Math.floor(random() * n)),
    };
    if (random() < 0.8) edge.strength = 1 + Math.floor(random() * 4) / 3;
    if (mixedDirections) edge.directed = random() < 0.5;
    return edge;
  });
  return { nodes, edges };
}

const cases = [
  { name: 'undirected', directed: false, mixed: false },
  { name: 'directed', directed: true, mixed: true },
];

describe('analyse without building the graph', () => {
  for (const { name, directed, mixed } of cases) {
    it(`reads the same adjacency from a ${name} network as from its graph`, () => {
      for (const seed of [1, 2, 3]) {
        const network = randomNetwork(120, 400, seed, mixed);
        const graph = buildGraph(network, { directed });
        expect(networkCsr(network, directed)).toEqual(toCsr(graph, { also: 'strength' }));
      }
    });

    it(`finds the same Louvain communities on the adjacency as graphology on the ${name} graph`, () => {
      for (const seed of [4, 5, 6, 7]) {
        const network = randomNetwork(300, 700, seed, mixed);
        const graph = buildGraph(network, { directed });
        const csr = toCsr(graph);
        for (const [louvainSeed, resolution] of [
          [42, 1],
          [seed, 1],
          [42, 0.5],
          [7, 2],
        ] as const) {
          expect(communitiesOfCsr(csr, { seed: louvainSeed, resolution })).toEqual(
            communities(graph, { seed: louvainSeed, resolution }),
          );
        }
      }
    });

    it(`gives the same analysis of a ${name} network as of its graph, in workers too`, async () => {
      const network = randomNetwork(250, 600, 9, mixed);
      expect(withoutGraph(network, { directed })).toBeDefined();
      const graph = buildGraph(network, { directed });
      const fromGraph = analyse(graph);
      expect(analyse(network, { directed })).toEqual(fromGraph);
      // in workers, the path sums add up in an order that depends on which thread took which source
      const inWorkers = await analyseInWorkers(network, { directed }, { workers: 1, minNodes: 0 });
      const paths = ['betweenness', 'closeness', 'harmonic'] as const;
      for (const [id, node] of Object.entries(fromGraph.nodes)) {
        const other = inWorkers.nodes[id]!;
        for (const key of paths) expect(other[key]).toBeCloseTo(node[key], 10);
        expect({ ...other, betweenness: 0, closeness: 0, harmonic: 0 }).toEqual({
          ...node,
          betweenness: 0,
          closeness: 0,
          harmonic: 0,
        });
      }
      expect({ ...inWorkers, nodes: {} }).toEqual({ ...fromGraph, nodes: {} });
      // and communities as graphology's Louvain gives them on the graph
      const louvain = communities(graph);
      for (const [id, node] of Object.entries(fromGraph.nodes)) expect(node.community).toBe(louvain[id]);
    });
  }

  it('builds the graph when a metric needs it, and leaves a bad network to its error', () => {
    const network = randomNetwork(30, 60, 1);
    expect(withoutGraph(network, { weight: 'strength' })).toBeUndefined();
    expect(withoutGraph(network, { groupBy: 'domain' })).toBeUndefined();
    expect(withoutGraph(buildGraph(network))).toBeUndefined();
    const bad = { nodes: network.nodes, edges: [{ source: network.nodes[0]!.id, target: 'nowhere' }] };
    expect(withoutGraph(bad)).toBeUndefined();
    expect(() => analyse(bad)).toThrow(/unknown node "nowhere"/);
    const badStrength = {
      nodes: network.nodes,
      edges: [{ source: network.nodes[0]!.id, target: network.nodes[1]!.id, strength: Number.NaN }],
    };
    expect(() => analyse(badStrength)).toThrow(/strength = NaN/);
  });
});
