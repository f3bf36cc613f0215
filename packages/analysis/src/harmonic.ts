import type { PathMetricOptions } from './betweenness.ts';
import { pathSums } from './brandes.ts';
import { toCsr } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { toRecord } from './record.ts';

/**
 * Harmonic centrality as `networkx.harmonic_centrality`: the raw sum of 1 / d(u, v) over the other
 * nodes u that reach v (incoming distance for directed graphs), not normalised.
 */
export function harmonic(graph: AnalysisGraph, options: PathMetricOptions = {}): NodeRecord<number> {
  const csr = toCsr(graph, { weight: options.weight }, 'harmonic');
  const sums = pathSums(csr, 0, csr.n, { weighted: options.weight !== undefined });
  return toRecord(csr.ids, sums.harmonic);
}
