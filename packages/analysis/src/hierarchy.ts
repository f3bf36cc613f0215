import type { ConstraintArrays } from './constraint.ts';
import { constraintArrays, nanToNull, type StructuralHoleOptions } from './constraint.ts';
import { toCsr, undirectedAdjacency } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { type MutualWeights, mutualWeights } from './mutual-weights.ts';
import { toRecord } from './record.ts';

/**
 * Burt's hierarchy: how much of a node's constraint comes from one contact.
 * H_i = sum_j r_j ln r_j / (N ln N), with r_j = c_ij / (C_i / N), N the number of contacts, c_ij
 * the local and C_i the total constraint. NaN for a node with fewer than two contacts.
 */
export function hierarchyArray(mutual: MutualWeights, arrays: ConstraintArrays): Float64Array {
  const { offsets } = mutual.adjacency;
  const n = offsets.length - 1;
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const contacts = mutual.contacts[i]!;
    const total = arrays.constraint[i]!;
    if (contacts < 2 || !(total > 0)) {
      result[i] = Number.NaN;
      continue;
    }
    const mean = total / contacts;
    let sum = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      if (mutual.proportion[e]! <= 0) continue;
      const r = arrays.local[e]! / mean;
      if (r > 0) sum += r * Math.log(r);
    }
    result[i] = sum / (contacts * Math.log(contacts));
  }
  return result;
}

/** Burt's hierarchy; null for a node with no or one contact. */
export function hierarchy(
  graph: AnalysisGraph,
  options: StructuralHoleOptions = {},
): NodeRecord<number | null> {
  const csr = toCsr(graph, { weight: options.weight }, 'hierarchy');
  const mutual = mutualWeights(undirectedAdjacency(csr));
  return toRecord(csr.ids, nanToNull(hierarchyArray(mutual, constraintArrays(mutual))));
}
