import type { Adjacency } from './csr.ts';

/**
 * The normalised mutual weights of Burt's structural-hole measures over the undirected adjacency
 * (`undirectedAdjacency`): p_ij = a_ij / sum_k a_ik per adjacency entry, and each node's largest
 * mutual weight (for Burt's marginal strength m_jq = a_jq / max_k a_jk). A node whose ties weigh 0
 * in total has no contacts.
 */
export interface MutualWeights {
  adjacency: Adjacency;
  /** p_ij at the position of j in i's adjacency. */
  proportion: Float64Array;
  /** Largest mutual weight per node. */
  largest: Float64Array;
  /** Number of contacts per node: neighbours with a positive mutual weight. */
  contacts: Int32Array;
}

export function mutualWeights(adjacency: Adjacency): MutualWeights {
  const { offsets, weights } = adjacency;
  const n = offsets.length - 1;
  const proportion = new Float64Array(weights.length);
  const largest = new Float64Array(n);
  const contacts = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let total = 0;
    let max = 0;
    let count = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const w = weights[e]!;
      total += w;
      if (w > max) max = w;
      if (w > 0) count++;
    }
    largest[i] = max;
    contacts[i] = total > 0 ? count : 0;
    if (total > 0) {
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) proportion[e] = weights[e]! / total;
    }
  }
  return { adjacency, proportion, largest, contacts };
}
