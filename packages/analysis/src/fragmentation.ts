import type { Adjacency } from './csr.ts';
import { toCsr, undirectedAdjacency } from './csr.ts';
import type { AnalysisGraph } from './graph.ts';

export interface FragmentationOptions {
  /** Node ids taken out before measuring ("what if these actors left?"). */
  remove?: readonly string[];
}

export interface Fragmentation {
  /** Nodes left after the removal. */
  nodes: number;
  components: number;
  /**
   * Borgatti's F: the share of pairs of remaining nodes that cannot reach each other,
   * 1 - sum_k s_k (s_k - 1) / (n (n - 1)) over the components' sizes s_k. 0 with fewer than two nodes.
   */
  fragmentation: number;
  /**
   * Borgatti's distance-weighted fragmentation DF = 1 - sum_{i != j} (1 / d_ij) / (n (n - 1)),
   * with 1 / d = 0 for a pair that cannot reach each other. 0 with fewer than two nodes.
   */
  distanceFragmentation: number;
}

export interface FragmentationChange {
  removed: string[];
  before: Fragmentation;
  after: Fragmentation;
  /** after - before, for F and DF. */
  increase: { fragmentation: number; distanceFragmentation: number };
}

/** The underlying undirected graph as one compact adjacency with ids, for the what-if functions. */
export function fragmentationInput(
  graph: AnalysisGraph,
  fn: string,
): { ids: string[]; adjacency: Adjacency } {
  const csr = toCsr(graph, {}, fn);
  return { ids: csr.ids, adjacency: undirectedAdjacency(csr) };
}

export function removalMask(ids: readonly string[], remove: readonly string[], fn: string): Uint8Array {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    index.set(id, i);
  });
  const mask = new Uint8Array(ids.length);
  for (const id of remove) {
    const i = index.get(id);
    if (i === undefined) throw new Error(`analysis/${fn}: unknown node ${JSON.stringify(id)} to remove`);
    mask[i] = 1;
  }
  return mask;
}

/** Ordered pairs of remaining nodes that reach each other, and the number of components. */
export function connectedPairs(
  adjacency: Adjacency,
  removed: Uint8Array,
): { pairs: number; components: number } {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let pairs = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (removed[root] === 1 || seen[root] === 1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    seen[root] = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (removed[w] === 0 && seen[w] === 0) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    pairs += tail * (tail - 1);
    components++;
  }
  return { pairs, components };
}

/** Sum of 1 / d over ordered pairs of remaining nodes (unweighted distances). */
export function reciprocalDistanceSum(adjacency: Adjacency, removed: Uint8Array): number {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let sum = 0;
  for (let s = 0; s < n; s++) {
    if (removed[s] === 1) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    dist[s] = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const next = dist[v]! + 1;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (removed[w] === 0 && dist[w]! < 0) {
          dist[w] = next;
          queue[tail++] = w;
          sum += 1 / next;
        }
      }
    }
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
  }
  return sum;
}

export function fragmentationOf(adjacency: Adjacency, removed: Uint8Array): Fragmentation {
  let nodes = 0;
  for (let i = 0; i < removed.length; i++) if (removed[i] === 0) nodes++;
  const { pairs, components } = connectedPairs(adjacency, removed);
  const all = nodes * (nodes - 1);
  return {
    nodes,
    components,
    fragmentation: all > 0 ? 1 - pairs / all : 0,
    distanceFragmentation: all > 0 ? 1 - reciprocalDistanceSum(adjacency, removed) / all : 0,
  };
}

/**
 * Borgatti's fragmentation F and distance-weighted fragmentation DF (2006, "Identifying sets of
 * key players in a social network"), after removing `options.remove`. A directed graph is read
 * as its underlying undirected graph: a pair counts as connected when a chain of ties in any
 * direction joins them, as partners who work together either way.
 */
export function fragmentation(graph: AnalysisGraph, options: FragmentationOptions = {}): Fragmentation {
  const { ids, adjacency } = fragmentationInput(graph, 'fragmentation');
  return fragmentationOf(adjacency, removalMask(ids, options.remove ?? [], 'fragmentation'));
}

/** What happens to F and DF if these actors leave. */
export function fragmentationIfRemoved(graph: AnalysisGraph, remove: readonly string[]): FragmentationChange {
  const { ids, adjacency } = fragmentationInput(graph, 'fragmentationIfRemoved');
  const before = fragmentationOf(adjacency, new Uint8Array(ids.length));
  const after = fragmentationOf(adjacency, removalMask(ids, remove, 'fragmentationIfRemoved'));
  return {
    removed: [...remove],
    before,
    after,
    increase: {
      fragmentation: after.fragmentation - before.fragmentation,
      distanceFragmentation: after.distanceFragmentation - before.distanceFragmentation,
    },
  };
}
