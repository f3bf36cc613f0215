import louvain from 'graphology-communities-louvain';
import type { Csr } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { assertAnalysable } from './graph.ts';
import { undirectedLouvainOfCsr } from './louvain-csr.ts';
import { seededRandom } from './random.ts';
import { emptyRecord } from './record.ts';

export interface CommunityOptions {
  /** Edge attribute read as tie weight; left out, unweighted. */
  weight?: string;
  /** Seed of the random generator that orders Louvain's moves; same data and seed, same communities. */
  seed?: number;
  /** Louvain resolution, default 1. */
  resolution?: number;
}

export const DEFAULT_COMMUNITY_SEED = 42;

/**
 * Louvain communities (graphology-communities-louvain, directed modularity for a directed graph),
 * driven by a seeded generator. Communities are renumbered 0, 1, ... in order of their first node
 * in the graph's node order, so the numbering is deterministic too.
 */
export function communities(graph: AnalysisGraph, options: CommunityOptions = {}): NodeRecord<number> {
  assertAnalysable(graph, 'communities');
  const raw = louvain(graph, {
    getEdgeWeight: options.weight ?? null,
    rng: seededRandom(options.seed ?? DEFAULT_COMMUNITY_SEED),
    resolution: options.resolution ?? 1,
  });
  return renumbered(graph.nodes(), raw);
}

function renumbered(
  ids: readonly string[],
  raw: Record<string, number> | ArrayLike<number>,
  byIndex = false,
): NodeRecord<number> {
  const renumber = new Map<number, number>();
  const result = emptyRecord<number>();
  for (let i = 0; i < ids.length; i++) {
    const node = ids[i]!;
    const label = (byIndex ? (raw as ArrayLike<number>)[i] : (raw as Record<string, number>)[node]) ?? -1;
    let number = renumber.get(label);
    if (number === undefined) {
      number = renumber.size;
      renumber.set(label, number);
    }
    result[node] = number;
  }
  return result;
}

/**
 * `communities` of the graph `csr` was built from (`toCsr`, or `networkCsr`), unweighted, without
 * that graph: graphology's Louvain reads a graph only through the few calls below, which give it
 * the same nodes, degrees and edges in the same order (the edge order of `csr.edgeSources`, which
 * is the graph's), so it makes the same moves with the same seed. The graph must have had no
 * self-loops (toCsr drops them; Louvain would count them). An undirected adjacency goes to a port
 * of the same algorithm over typed arrays (`louvain-csr.ts`, same moves, several times faster).
 */
export function communitiesOfCsr(
  csr: Csr,
  options: Omit<CommunityOptions, 'weight'> = {},
): NodeRecord<number> {
  const { ids, edgeSources, edgeTargets } = csr;
  const seed = options.seed ?? DEFAULT_COMMUNITY_SEED;
  const resolution = options.resolution ?? 1;
  // undirected: the same moves on the adjacency itself (louvain-csr.ts), several times faster
  if (!csr.directed) {
    const labels = undirectedLouvainOfCsr(csr, seededRandom(seed), resolution);
    if (labels !== undefined) return renumbered(ids, labels, true);
  }
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) index.set(ids[i]!, i);
  const degree = (adjacency: Csr['out'], node: string) => {
    const v = index.get(node)!;
    return adjacency.offsets[v + 1]! - adjacency.offsets[v]!;
  };
  const none = {};
  const undirected = !csr.directed;
  const unsupported = () => {
    throw new Error('analysis/communitiesOfCsr: not available on an adjacency');
  };
  // What graphology-utils' isGraph and inferType and graphology-indices' Louvain index read.
  const view = {
    type: csr.directed ? 'directed' : 'undirected',
    multi: false,
    order: csr.n,
    size: edgeSources.length,
    selfLoopCount: 0,
    addUndirectedEdgeWithKey: unsupported,
    dropNode: unsupported,
    setNodeAttribute: unsupported,
    forEachNode(callback: (node: string, attributes: object) => void) {
      for (const id of ids) callback(id, none);
    },
    undirectedDegreeWithoutSelfLoops: (node: string) => degree(csr.out, node),
    outDegreeWithoutSelfLoops: (node: string) => degree(csr.out, node),
    inDegreeWithoutSelfLoops: (node: string) => degree(csr.in, node),
    forEachEdge(
      callback: (
        edge: string,
        attributes: object,
        source: string,
        target: string,
        sourceAttributes: object,
        targetAttributes: object,
        undirected: boolean,
      ) => void,
    ) {
      for (let e = 0; e < edgeSources.length; e++) {
        callback('', none, ids[edgeSources[e]!]!, ids[edgeTargets[e]!]!, none, none, undirected);
      }
    },
  };
  const raw = louvain(view as unknown as AnalysisGraph, {
    getEdgeWeight: null,
    rng: seededRandom(seed),
    resolution,
  });
  return renumbered(ids, raw);
}
