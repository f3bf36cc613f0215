import louvain from 'graphology-communities-louvain';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { assertAnalysable } from './graph.ts';
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
  const renumber = new Map<number, number>();
  const result = emptyRecord<number>();
  graph.forEachNode((node) => {
    const label = raw[node] ?? -1;
    let number = renumber.get(label);
    if (number === undefined) {
      number = renumber.size;
      renumber.set(label, number);
    }
    result[node] = number;
  });
  return result;
}
