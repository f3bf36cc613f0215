import { describe, expect, it } from 'vitest';
import {
  analyse,
  brokerage,
  buildGraph,
  closeness,
  communities,
  constraint,
  createPathSums,
  degreeCentrality,
  effectiveSize,
  efficiency,
  eigenvector,
  eiIndex,
  hierarchy,
  mergePathSums,
  pagerank,
  pathSums,
  seededRandom,
  tieMatrix,
  toCsr,
} from '../src/index.ts';

const star = buildGraph({
  nodes: [{ id: 'hub' }, { id: 'x' }, { id: 'y' }, { id: 'z' }, { id: 'alone' }],
  edges: [
    { source: 'hub', target: 'x' },
    { source: 'hub', target: 'y' },
    { source: 'hub', target: 'z' },
  ],
});

describe('null cases', () => {
  it('gives structural-hole measures null for an isolate, and hierarchy null for one contact', () => {
    expect(constraint(star).alone).toBeNull();
    expect(effectiveSize(star).alone).toBeNull();
    expect(efficiency(star).alone).toBeNull();
    expect(hierarchy(star).alone).toBeNull();
    expect(hierarchy(star).x).toBeNull();
    expect(constraint(star).x).toBe(1);
    expect(effectiveSize(star).hub).toBe(3);
    expect(efficiency(star).hub).toBe(1);
    // Three equal contacts: no contact constrains more than another.
    expect(hierarchy(star).hub).toBeCloseTo(0, 12);
    expect(closeness(star).alone).toBe(0);
  });

  it('gives eigenvector null for every node when the power iteration does not converge', () => {
    const path = buildGraph({
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
      edges: [
        { source: 'a', target: 'b', directed: true },
        { source: 'b', target: 'c', directed: true },
        { source: 'c', target: 'd', directed: true },
      ],
    });
    expect(eigenvector(path)).toEqual({ a: null, b: null, c: null, d: null });
    expect(Object.values(pagerank(path)).every((value) => typeof value === 'number')).toBe(true);
  });

  it('analyses an empty graph and a one-node graph', () => {
    const empty = analyse({ nodes: [], edges: [] });
    expect(empty.graph).toEqual({
      nodes: 0,
      edges: 0,
      directed: false,
      density: 0,
      components: 0,
      transitivity: 0,
    });
    expect(empty.nodes).toEqual({});
    const one = analyse({ nodes: [{ id: 'solo' }], edges: [] });
    expect(one.nodes.solo).toMatchObject({
      degree: 0,
      degreeCentrality: 1,
      betweenness: 0,
      closeness: 0,
      harmonic: 0,
      eigenvector: 1,
      pagerank: 1,
      constraint: null,
      hierarchy: null,
      coreNumber: 0,
      articulationPoint: false,
      community: 0,
    });
    expect(degreeCentrality(buildGraph({ nodes: [{ id: 'solo' }], edges: [] }))).toEqual({ solo: 1 });
  });

  it('keeps a node called __proto__ as a plain key', () => {
    const result = analyse({
      nodes: [{ id: '__proto__' }, { id: 'b' }],
      edges: [{ source: '__proto__', target: 'b' }],
    });
    expect(Object.keys(result.nodes)).toEqual(['__proto__', 'b']);
    const proto = '__proto__';
    expect(result.nodes[proto]?.degree).toBe(1);
  });
});

describe('analyse', () => {
  it('returns exactly the pinned shape, with brokerage only when grouped', () => {
    const network = {
      nodes: [
        { id: 'a', domain: 'zorg' },
        { id: 'b', domain: 'veiligheid' },
        { id: 'c', domain: 'zorg' },
      ],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
      ],
    };
    const plain = analyse(network);
    expect(Object.keys(plain)).toEqual(['graph', 'nodes', 'articulationPoints', 'bridges', 'communities']);
    expect(Object.keys(plain.graph)).toEqual([
      'nodes',
      'edges',
      'directed',
      'density',
      'components',
      'transitivity',
    ]);
    expect(Object.keys(plain.nodes.a!)).toEqual([
      'degree',
      'degreeCentrality',
      'strength',
      'betweenness',
      'closeness',
      'harmonic',
      'eigenvector',
      'pagerank',
      'constraint',
      'effectiveSize',
      'efficiency',
      'hierarchy',
      'coreNumber',
      'articulationPoint',
      'community',
    ]);
    expect(plain.articulationPoints).toEqual(['b']);
    expect(plain.bridges).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    const grouped = analyse(network, { groupBy: 'domain' });
    expect(grouped.nodes.b!.brokerage).toEqual({
      coordinator: 0,
      consultant: 2,
      representative: 0,
      gatekeeper: 0,
      liaison: 0,
      total: 2,
    });
    expect(JSON.parse(JSON.stringify(grouped))).toEqual(grouped);
  });

  it('reads strength by default and the weight attribute when given', () => {
    const network = {
      nodes: [{ id: 'a' }, { id: 'b' }],
      edges: [{ source: 'a', target: 'b', strength: 3, weight: 10 }],
    };
    expect(analyse(network).nodes.a!.strength).toBe(3);
    expect(analyse(network, { weight: 'weight' }).nodes.a!.strength).toBe(10);
  });
});

describe('brokerage', () => {
  const network = {
    nodes: [
      { id: 'i', domain: 'zorg' },
      { id: 'j', domain: 'veiligheid' },
      { id: 'k', domain: 'zorg' },
      { id: 'l', domain: 'veiligheid' },
    ],
    edges: [
      { source: 'i', target: 'j', directed: true },
      { source: 'j', target: 'k', directed: true },
      { source: 'i', target: 'l', directed: true },
      { source: 'l', target: 'k', directed: true },
    ],
  };

  it('counts an open two-path i -> j -> k for j by the groups of i, j and k', () => {
    const roles = brokerage(buildGraph(network), { groupBy: 'domain' });
    expect(roles.j).toEqual({
      coordinator: 0,
      consultant: 1,
      representative: 0,
      gatekeeper: 0,
      liaison: 0,
      total: 1,
    });
    expect(roles.i!.total).toBe(0);
  });

  it('does not count a two-path closed by a tie i -> k', () => {
    const closed = { ...network, edges: [...network.edges, { source: 'i', target: 'k', directed: true }] };
    expect(brokerage(buildGraph(closed), { groupBy: 'domain' }).j!.total).toBe(0);
  });

  it('splits one pair over its brokers with partial credit', () => {
    const roles = brokerage(buildGraph(network), { groupBy: 'domain', credit: 'partial' });
    expect(roles.j!.consultant).toBe(0.5);
    expect(roles.l!.consultant).toBe(0.5);
  });

  it('refuses a group attribute that is not a plain value', () => {
    const odd = buildGraph({ nodes: [{ id: 'a', domain: ['zorg'] }], edges: [] });
    expect(() => brokerage(odd, { groupBy: 'domain' })).toThrow(
      'analysis/brokerage: node a has domain = ["zorg"]; expected a string, number, boolean or null',
    );
  });
});

describe('tie matrix and E-I index', () => {
  const graph = buildGraph({
    nodes: [
      { id: 'z1', domain: 'zorg' },
      { id: 'z2', domain: 'zorg' },
      { id: 'v1', domain: 'veiligheid' },
      { id: 'x', domain: null },
    ],
    edges: [
      { source: 'z1', target: 'z2' },
      { source: 'z1', target: 'v1' },
      { source: 'z2', target: 'v1' },
    ],
  });

  it('sets observed ties against ties expected under random mixing', () => {
    const matrix = tieMatrix(graph, { groupBy: 'domain' });
    expect(matrix.groups).toEqual(['zorg', 'veiligheid', null]);
    expect(matrix.sizes).toEqual([2, 1, 1]);
    expect(matrix.observed).toEqual([
      [1, 2, 0],
      [2, 0, 0],
      [0, 0, 0],
    ]);
    // 3 ties over 6 possible pairs: each pair carries a tie with probability 1/2.
    expect(matrix.expected).toEqual([
      [0.5, 1, 1],
      [1, 0, 0.5],
      [1, 0.5, 0],
    ]);
    expect(matrix.ratio[0]).toEqual([2, 2, 0]);
    expect(matrix.ratio[1]![1]).toBeNull();
  });

  it('computes the E-I index per group and overall', () => {
    const ei = eiIndex(graph, { groupBy: 'domain' });
    expect(ei.overall).toBeCloseTo(1 / 3, 12);
    expect(ei.groups).toEqual([
      { group: 'zorg', size: 2, internal: 1, external: 2, index: 1 / 3 },
      { group: 'veiligheid', size: 1, internal: 0, external: 2, index: 1 },
      { group: null, size: 1, internal: 0, external: 0, index: null },
    ]);
  });
});

describe('path pass', () => {
  const random = seededRandom(11);
  const graph = buildGraph({
    nodes: Array.from({ length: 120 }, (_, i) => ({ id: `n${i}` })),
    edges: Array.from({ length: 300 }, () => ({
      source: `n${Math.floor(random() * 120)}`,
      target: `n${Math.floor(random() * 120)}`,
      strength: 1 + Math.floor(random() * 3),
      directed: random() < 0.5,
    })),
  });

  it('adds up over disjoint source ranges to the full pass', () => {
    const csr = toCsr(graph, { weight: 'strength' });
    for (const weighted of [false, true]) {
      const full = pathSums(csr, 0, csr.n, { weighted });
      // Ranges of 10 run without relabelling, ranges of 50 with it: both must agree.
      const ranges: Array<[number, number]> = [
        [0, 10],
        [10, 20],
        [20, 70],
        [70, 120],
      ];
      const parts = ranges.map(([from, to]) => pathSums(csr, from, to, { weighted }));
      const merged = parts.reduce((into, part) => mergePathSums(into, part), createPathSums(csr.n));
      for (const key of ['betweenness', 'distance', 'reached', 'harmonic'] as const) {
        full[key].forEach((value, v) => {
          expect(merged[key][v]).toBeCloseTo(value, 9);
        });
      }
    }
  });

  it('refuses ties of weight 0 as distances', () => {
    const zero = buildGraph({
      nodes: [{ id: 'a' }, { id: 'b' }],
      edges: [{ source: 'a', target: 'b', strength: 0 }],
    });
    expect(() => closeness(zero, { weight: 'strength' })).toThrow(/^analysis\/pathSums: a tie has weight 0/);
  });
});

describe('communities', () => {
  it('gives the same numbering for the same seed', () => {
    const random = seededRandom(5);
    const graph = buildGraph({
      nodes: Array.from({ length: 60 }, (_, i) => ({ id: `n${i}` })),
      edges: Array.from({ length: 150 }, () => ({
        source: `n${Math.floor(random() * 60)}`,
        target: `n${Math.floor(random() * 60)}`,
      })),
    });
    expect(communities(graph, { seed: 7 })).toEqual(communities(graph, { seed: 7 }));
    expect(communities(graph).n0).toBe(0);
  });
});
