import type { PathMetricOptions } from './betweenness.ts';
import { pathSums } from './brandes.ts';
import { toCsr } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { toRecord } from './record.ts';

/**
 * Closeness from incoming distances as `networkx.closeness_centrality` (wf_improved=True):
 * (r / D) * (r / (n - 1)) with r the number of other nodes that reach v and D the sum of their
 * distances to v; 0 when no other node reaches v.
 */
export function finaliseCloseness(distance: Float64Array, reached: Float64Array): Float64Array {
  const n = distance.length;
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const total = distance[v]!;
    const r = reached[v]!;
    if (total > 0 && n > 1) result[v] = (r / total) * (r / (n - 1));
  }
  return result;
}

/** Closeness centrality (Wasserman-Faust improved formula; incoming distance for directed graphs). */
export function closeness(graph: AnalysisGraph, options: PathMetricOptions = {}): NodeRecord<number> {
  const csr = toCsr(graph, { weight: options.weight }, 'closeness');
  const sums = pathSums(csr, 0, csr.n, { weighted: options.weight !== undefined });
  return toRecord(csr.ids, finaliseCloseness(sums.distance, sums.reached));
}
