import { toCsr, undirectedAdjacency } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { type MutualWeights, mutualWeights } from './mutual-weights.ts';
import { toRecord } from './record.ts';

export interface StructuralHoleOptions {
  /** Edge attribute read as tie weight; left out, unweighted. */
  weight?: string;
}

export interface ConstraintArrays {
  /** Burt's constraint C_i = sum_j c_ij per node; NaN for a node without contacts. */
  constraint: Float64Array;
  /** Local constraint c_ij = (p_ij + sum_q p_iq p_qj)^2 at the position of j in i's adjacency. */
  local: Float64Array;
}

/**
 * Burt's constraint as `networkx.constraint`, over in- and out-neighbours with mutual weights
 * a_ij + a_ji. One pass per node over its two-step neighbourhood with a dense scratch array.
 */
export function constraintArrays(mutual: MutualWeights): ConstraintArrays {
  const { offsets, targets } = mutual.adjacency;
  const p = mutual.proportion;
  const n = offsets.length - 1;
  const constraint = new Float64Array(n);
  const local = new Float64Array(targets.length);
  const indirect = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (mutual.contacts[i] === 0) {
      constraint[i] = Number.NaN;
      continue;
    }
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    for (let e = start; e < end; e++) {
      const q = targets[e]!;
      const piq = p[e]!;
      if (piq === 0) continue;
      for (let f = offsets[q]!; f < offsets[q + 1]!; f++) indirect[targets[f]!]! += piq * p[f]!;
    }
    let total = 0;
    for (let e = start; e < end; e++) {
      if (p[e]! <= 0) continue;
      const direct = p[e]! + indirect[targets[e]!]!;
      const value = direct * direct;
      local[e] = value;
      total += value;
    }
    constraint[i] = total;
    for (let e = start; e < end; e++) {
      const q = targets[e]!;
      for (let f = offsets[q]!; f < offsets[q + 1]!; f++) indirect[targets[f]!] = 0;
    }
  }
  return { constraint, local };
}

export function nanToNull(values: Float64Array): Array<number | null> {
  return Array.from(values, (value) => (Number.isNaN(value) ? null : value));
}

/** Burt's constraint as `networkx.constraint`; null for a node without contacts. */
export function constraint(
  graph: AnalysisGraph,
  options: StructuralHoleOptions = {},
): NodeRecord<number | null> {
  const csr = toCsr(graph, { weight: options.weight }, 'constraint');
  const { constraint: values } = constraintArrays(mutualWeights(undirectedAdjacency(csr)));
  return toRecord(csr.ids, nanToNull(values));
}
