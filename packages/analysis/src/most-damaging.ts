import type { Adjacency } from './csr.ts';
import {
  connectedPairs,
  type Fragmentation,
  fragmentationInput,
  fragmentationOf,
  reciprocalDistanceSum,
} from './fragmentation.ts';
import type { AnalysisGraph } from './graph.ts';

export type FragmentationMeasure = 'fragmentation' | 'distanceFragmentation';

export interface MostDamagingOptions {
  /** How many actors to pick; default 3. */
  k?: number;
  /** What their removal should maximise; default `'fragmentation'` (Borgatti's F). */
  measure?: FragmentationMeasure;
}

export interface DamagingActor {
  id: string;
  /** F and DF after removing this actor and every actor listed before it. */
  after: Fragmentation;
  /** How much this actor's removal raised the measure, given the actors before it. */
  increase: number;
}

export interface MostDamaging {
  measure: FragmentationMeasure;
  before: Fragmentation;
  actors: DamagingActor[];
}

/** Equal within this margin counts as a tie, broken by node order, so results do not hang on rounding. */
const TIE = 1e-12;

/**
 * Score of removing each remaining node, for F: the connected ordered pairs left, all nodes at
 * once in one depth-first search. Removing v splits its component (size s) into the subtrees of
 * the DFS children c with low(c) >= disc(v) and the rest; the pairs left are the pairs in the other
 * components plus those inside each piece.
 */
function pairsAfterEachRemoval(adjacency: Adjacency, removed: Uint8Array): Float64Array {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const { pairs: total } = connectedPairs(adjacency, removed);
  const result = new Float64Array(n).fill(Number.NaN);
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const size = new Float64Array(n);
  const splitPairs = new Float64Array(n);
  const splitNodes = new Float64Array(n);
  const stack = new Int32Array(n);
  const visited = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (removed[root] === 1 || discovered[root]! >= 0) continue;
    const first = time;
    let depth = 0;
    discovered[root] = low[root] = time;
    visited[time++] = root;
    cursor[root] = offsets[root]!;
    stack[depth++] = root;
    while (depth > 0) {
      const v = stack[depth - 1]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const u = targets[cursor[v]!++]!;
        if (removed[u] === 1) continue;
        if (discovered[u]! < 0) {
          parent[u] = v;
          discovered[u] = low[u] = time;
          visited[time++] = u;
          cursor[u] = offsets[u]!;
          stack[depth++] = u;
        } else if (u !== parent[v] && discovered[u]! < low[v]!) {
          low[v] = discovered[u]!;
        }
        continue;
      }
      depth--;
      size[v]! += 1;
      const p = parent[v]!;
      if (p < 0) continue;
      size[p]! += size[v]!;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      if (low[v]! >= discovered[p]!) {
        splitPairs[p]! += size[v]! * (size[v]! - 1);
        splitNodes[p]! += size[v]!;
      }
    }
    const s = time - first;
    const outside = total - s * (s - 1);
    for (let i = first; i < time; i++) {
      const v = visited[i]!;
      const rest = s - 1 - splitNodes[v]!;
      result[v] = outside + splitPairs[v]! + rest * (rest - 1);
    }
  }
  return result;
}

/**
 * The k actors whose joint removal fragments the network most (Borgatti's KPP-Neg), chosen
 * greedily: each step removes the actor that raises the measure most given those already removed
 * (ties go to the earlier node). For F one step is a single depth-first search; for DF one step
 * recomputes all distances once per remaining actor, so it suits networks up to a few hundred
 * actors. The underlying undirected graph is used, as in `fragmentation`.
 */
export function mostDamaging(graph: AnalysisGraph, options: MostDamagingOptions = {}): MostDamaging {
  const measure = options.measure ?? 'fragmentation';
  const k = options.k ?? 3;
  if (!Number.isInteger(k) || k < 0) {
    throw new Error(`analysis/mostDamaging: k is ${k}; expected a whole number of at least 0`);
  }
  const { ids, adjacency } = fragmentationInput(graph, 'mostDamaging');
  const n = ids.length;
  const removed = new Uint8Array(n);
  const before = fragmentationOf(adjacency, removed);
  const actors: DamagingActor[] = [];
  let current = before;
  for (let step = 0; step < Math.min(k, n); step++) {
    const remaining = n - step - 1;
    const all = remaining * (remaining - 1);
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    if (measure === 'fragmentation') {
      const pairs = pairsAfterEachRemoval(adjacency, removed);
      for (let v = 0; v < n; v++) {
        if (removed[v] === 1) continue;
        const value = all > 0 ? 1 - pairs[v]! / all : 0;
        if (value > bestValue + TIE) {
          best = v;
          bestValue = value;
        }
      }
    } else {
      for (let v = 0; v < n; v++) {
        if (removed[v] === 1) continue;
        removed[v] = 1;
        const value = all > 0 ? 1 - reciprocalDistanceSum(adjacency, removed) / all : 0;
        removed[v] = 0;
        if (value > bestValue + TIE) {
          best = v;
          bestValue = value;
        }
      }
    }
    removed[best] = 1;
    const after = fragmentationOf(adjacency, removed);
    actors.push({ id: ids[best]!, after, increase: after[measure] - current[measure] });
    current = after;
  }
  return { measure, before, actors };
}
