import type { NetworkInput } from './build-graph.ts';
import { type AnalysisGraph, assertAnalysable, readWeight } from './graph.ts';

/**
 * A compact adjacency (compressed sparse rows) of a simple graph: the neighbours of node `v` are
 * `targets[offsets[v]] .. targets[offsets[v + 1] - 1]`, with the tie's weight at the same position.
 * Plain typed arrays only, so it can be posted to a worker as is.
 */
export interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export interface CsrCore {
  n: number;
  directed: boolean;
  /** Successors (for an undirected graph: neighbours). */
  out: Adjacency;
  /** Predecessors (for an undirected graph: the same object as `out`). */
  in: Adjacency;
}

export interface Csr extends CsrCore {
  /** Node ids by index, in the graph's node order. */
  ids: string[];
  /** Edges as index pairs (for an undirected graph each once), with their weights. */
  edgeSources: Int32Array;
  edgeTargets: Int32Array;
  edgeWeights: Float64Array;
  /** The `also` attribute by edge, when asked for. */
  alsoWeights?: Float64Array;
}

export interface CsrOptions {
  /** Edge attribute read as the tie's weight; left out, every tie weighs 1. */
  weight?: string;
  /**
   * A second edge attribute read in the same pass over the edges, into `alsoWeights` (by edge, as
   * `edgeWeights`); see `reweighted`.
   */
  also?: string;
}

function fill(n: number, from: Int32Array, to: Int32Array, w: Float64Array, both: boolean): Adjacency {
  const m = from.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[from[e]! + 1]!++;
    if (both) offsets[to[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const size = offsets[n]!;
  const targets = new Int32Array(size);
  const weights = new Float64Array(size);
  const cursor = offsets.slice(0, n);
  for (let e = 0; e < m; e++) {
    const a = from[e]!;
    const b = to[e]!;
    let at = cursor[a]!++;
    targets[at] = b;
    weights[at] = w[e]!;
    if (both) {
      at = cursor[b]!++;
      targets[at] = a;
      weights[at] = w[e]!;
    }
  }
  return { offsets, targets, weights };
}

/** Builds the compact adjacency of a graph once, so that every metric can share it. */
export function toCsr(graph: AnalysisGraph, options: CsrOptions = {}, fn = 'toCsr'): Csr {
  assertAnalysable(graph, fn);
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(ids[i]!, i);
  const size = graph.size;
  let edgeSources = new Int32Array(size);
  let edgeTargets = new Int32Array(size);
  let edgeWeights = new Float64Array(size);
  let alsoWeights = options.also === undefined ? undefined : new Float64Array(size);
  let m = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    if (source === target) return;
    edgeSources[m] = index.get(source)!;
    edgeTargets[m] = index.get(target)!;
    edgeWeights[m] = readWeight(attributes, options.weight, fn, edge);
    if (alsoWeights) alsoWeights[m] = readWeight(attributes, options.also, fn, edge);
    m++;
  });
  if (m < size) {
    edgeSources = edgeSources.slice(0, m);
    edgeTargets = edgeTargets.slice(0, m);
    edgeWeights = edgeWeights.slice(0, m);
    alsoWeights = alsoWeights?.slice(0, m);
  }
  const directed = graph.type === 'directed';
  const out = fill(n, edgeSources, edgeTargets, edgeWeights, !directed);
  const inAdjacency = directed ? fill(n, edgeTargets, edgeSources, edgeWeights, false) : out;
  const csr: Csr = { n, directed, out, in: inAdjacency, ids, edgeSources, edgeTargets, edgeWeights };
  if (alsoWeights) csr.alsoWeights = alsoWeights;
  return csr;
}

/** The same adjacency with other weights by edge (e.g. `alsoWeights`): as `toCsr` with that weight. */
export function reweighted(csr: Csr, edgeWeights: Float64Array): CsrCore {
  const out = fill(csr.n, csr.edgeSources, csr.edgeTargets, edgeWeights, !csr.directed);
  const inAdjacency = csr.directed ? fill(csr.n, csr.edgeTargets, csr.edgeSources, edgeWeights, false) : out;
  return { n: csr.n, directed: csr.directed, out, in: inAdjacency };
}

/**
 * The unweighted adjacency of the graph `buildGraph(network, { directed })` gives, read from the
 * network directly (same node order, same tie order, every weight 1), for a path pass that starts
 * before the graph is built. Undefined for a network `buildGraph` would refuse (a repeated or
 * unknown node id), so that its error comes from there.
 */
export function networkTopology(network: NetworkInput, directed: boolean): CsrCore | undefined {
  const n = network.nodes.length;
  const index = new Map<unknown, number>();
  for (let i = 0; i < n; i++) index.set(network.nodes[i]!.id, i);
  if (index.size !== n) return undefined;
  const edges = network.edges;
  let from = new Int32Array(2 * edges.length);
  let to = new Int32Array(2 * edges.length);
  let m = 0;
  for (const edge of edges) {
    const a = index.get(edge.source);
    const b = index.get(edge.target);
    if (a === undefined || b === undefined) return undefined;
    if (a === b) continue;
    from[m] = a;
    to[m++] = b;
    if (directed && edge.directed === false) {
      from[m] = b;
      to[m++] = a;
    }
  }
  from = from.subarray(0, m);
  to = to.subarray(0, m);
  const ones = new Float64Array(m).fill(1);
  // Each list in tie order, parallel ties kept once where they first occur: the order buildGraph's
  // edges (first occurrences) give toCsr.
  const out = distinct(fill(n, from, to, ones, !directed));
  return { n, directed, out, in: directed ? distinct(fill(n, to, from, ones, false)) : out };
}

/** The adjacency with each neighbour kept once per list, at its first place. */
function distinct(adjacency: Adjacency): Adjacency {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const seen = new Int32Array(n).fill(-1);
  const kept = new Int32Array(n + 1);
  let cursor = 0;
  for (let v = 0; v < n; v++) {
    kept[v] = cursor;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = targets[e]!;
      if (seen[w] === v) continue;
      seen[w] = v;
      targets[cursor++] = w;
    }
  }
  kept[n] = cursor;
  return { offsets: kept, targets: targets.slice(0, cursor), weights: new Float64Array(cursor).fill(1) };
}

/**
 * The underlying undirected graph: each node's distinct neighbours over in- and out-ties, weighted
 * by the mutual weight a_uv + a_vu. For an undirected graph this is the adjacency itself with
 * weight w (proportional to the mutual weight 2w, which is all the structural-hole measures need).
 */
export function undirectedAdjacency(csr: CsrCore): Adjacency {
  if (!csr.directed) return csr.out;
  const { n } = csr;
  const offsets = new Int32Array(n + 1);
  const capacity = csr.out.targets.length + csr.in.targets.length;
  const targets = new Int32Array(capacity);
  const weights = new Float64Array(capacity);
  const seen = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  let cursor = 0;
  for (let v = 0; v < n; v++) {
    offsets[v] = cursor;
    for (const side of [csr.out, csr.in]) {
      for (let e = side.offsets[v]!; e < side.offsets[v + 1]!; e++) {
        const u = side.targets[e]!;
        if (seen[u] !== v) {
          seen[u] = v;
          slot[u] = cursor;
          targets[cursor] = u;
          weights[cursor] = side.weights[e]!;
          cursor++;
        } else {
          weights[slot[u]!]! += side.weights[e]!;
        }
      }
    }
  }
  offsets[n] = cursor;
  return { offsets, targets: targets.slice(0, cursor), weights: weights.slice(0, cursor) };
}

/**
 * `toCsr(buildGraph(network, { directed }), { also: 'strength' })` without the graph: the same
 * node order, the same edges in the same order and orientation (each pair's first tie, its
 * strength summed over the pair's ties in tie order), every weight 1. Undefined for a network
 * `buildGraph` would refuse (a node id that is not a string or occurs twice, a tie to an unknown
 * node, a strength that is not a finite number), so that its error comes from there.
 */
export function networkCsr(network: NetworkInput, directed: boolean): Csr | undefined {
  const nodes = network.nodes;
  const n = nodes.length;
  const ids = new Array<string>(n);
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = nodes[i]!.id;
    if (typeof id !== 'string' || index.has(id)) return undefined;
    ids[i] = id;
    index.set(id, i);
  }
  const edges = network.edges;
  const capacity = directed ? 2 * edges.length : edges.length;
  const sources = new Int32Array(capacity);
  const targets = new Int32Array(capacity);
  const strengths = new Float64Array(capacity);
  // edge number by pair (ordered when directed, else smaller index first)
  const pairs = new Map<number, number>();
  let m = 0;
  const add = (a: number, b: number, strength: number) => {
    const key = directed || a < b ? a * n + b : b * n + a;
    const existing = pairs.get(key);
    if (existing !== undefined) {
      strengths[existing]! += strength;
      return;
    }
    pairs.set(key, m);
    sources[m] = a;
    targets[m] = b;
    strengths[m++] = strength;
  };
  for (const edge of edges) {
    const a = index.get(edge.source);
    const b = index.get(edge.target);
    if (a === undefined || b === undefined) return undefined;
    if (a === b) continue;
    const value = edge.strength as unknown;
    let strength = 1;
    if (value !== undefined && value !== null) {
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      strength = value;
    }
    add(a, b, strength);
    if (directed && edge.directed === false) add(b, a, strength);
  }
  const edgeSources = sources.slice(0, m);
  const edgeTargets = targets.slice(0, m);
  const edgeWeights = new Float64Array(m).fill(1);
  const out = fill(n, edgeSources, edgeTargets, edgeWeights, !directed);
  const inAdjacency = directed ? fill(n, edgeTargets, edgeSources, edgeWeights, false) : out;
  return {
    n,
    directed,
    out,
    in: inAdjacency,
    ids,
    edgeSources,
    edgeTargets,
    edgeWeights,
    alsoWeights: strengths.slice(0, m),
  };
}
