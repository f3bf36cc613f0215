import { nanToNull, type StructuralHoleOptions } from './constraint.ts';
import { toCsr, undirectedAdjacency } from './csr.ts';
import { effectiveSizeArray } from './effective-size.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { type MutualWeights, mutualWeights } from './mutual-weights.ts';
import { toRecord } from './record.ts';

/**
 * Burt's efficiency: effective size / number of contacts (distinct in- or out-neighbours; for an
 * undirected graph the degree, as in the networkx documentation). NaN for a node without contacts.
 */
export function efficiencyArray(mutual: MutualWeights, effectiveSizes: Float64Array): Float64Array {
  return effectiveSizes.map((size, i) => {
    const contacts = mutual.contacts[i]!;
    return contacts > 0 ? size / contacts : Number.NaN;
  });
}

/** Burt's efficiency; null for a node without contacts. */
export function efficiency(
  graph: AnalysisGraph,
  options: StructuralHoleOptions = {},
): NodeRecord<number | null> {
  const csr = toCsr(graph, { weight: options.weight }, 'efficiency');
  const mutual = mutualWeights(undirectedAdjacency(csr));
  return toRecord(csr.ids, nanToNull(efficiencyArray(mutual, effectiveSizeArray(mutual))));
}
