import { nanToNull, type StructuralHoleOptions } from './constraint.ts';
import { toCsr, undirectedAdjacency } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { type MutualWeights, mutualWeights } from './mutual-weights.ts';
import { toRecord } from './record.ts';

/**
 * Burt's effective size as `networkx.effective_size`: sum over contacts j of
 * 1 - sum_q p_iq m_jq, with p the normalised and m the max-scaled mutual weights. For an unweighted
 * undirected graph this equals networkx's shortcut n - 2t/n. NaN for a node without contacts.
 */
export function effectiveSizeArray(mutual: MutualWeights): Float64Array {
  const { offsets, targets, weights } = mutual.adjacency;
  const p = mutual.proportion;
  const n = offsets.length - 1;
  const result = new Float64Array(n);
  const own = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (mutual.contacts[i] === 0) {
      result[i] = Number.NaN;
      continue;
    }
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    for (let e = start; e < end; e++) own[targets[e]!] = p[e]!;
    let size = 0;
    for (let e = start; e < end; e++) {
      if (p[e]! <= 0) continue;
      const j = targets[e]!;
      let redundancy = 0;
      for (let f = offsets[j]!; f < offsets[j + 1]!; f++) redundancy += own[targets[f]!]! * weights[f]!;
      size += 1 - redundancy / mutual.largest[j]!;
    }
    result[i] = size;
    for (let e = start; e < end; e++) own[targets[e]!] = 0;
  }
  return result;
}

/** Burt's effective size as networkx; null for a node without contacts. */
export function effectiveSize(
  graph: AnalysisGraph,
  options: StructuralHoleOptions = {},
): NodeRecord<number | null> {
  const csr = toCsr(graph, { weight: options.weight }, 'effectiveSize');
  return toRecord(csr.ids, nanToNull(effectiveSizeArray(mutualWeights(undirectedAdjacency(csr)))));
}
