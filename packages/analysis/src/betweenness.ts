import { pathSums } from './brandes.ts';
import { toCsr } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { toRecord } from './record.ts';

export interface PathMetricOptions {
  /**
   * Edge attribute holding a closeness such as collaboration strength; path lengths become
   * 1 / weight. Left out, paths are unweighted (every tie has length 1).
   */
  weight?: string;
}

/**
 * Rescales raw dependency sums as `networkx.betweenness_centrality` does by default
 * (normalized=True, endpoints=False): divided by (n - 1)(n - 2), for directed and undirected
 * graphs alike (the raw sums count ordered pairs); left as is when n <= 2.
 */
export function normaliseBetweenness(raw: Float64Array): Float64Array {
  const n = raw.length;
  const result = new Float64Array(raw);
  if (n - 1 < 2) return result;
  const scale = 1 / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) result[i]! *= scale;
  return result;
}

/** Shortest-path betweenness centrality (Brandes), normalised as networkx does by default. */
export function betweenness(graph: AnalysisGraph, options: PathMetricOptions = {}): NodeRecord<number> {
  const csr = toCsr(graph, { weight: options.weight }, 'betweenness');
  const sums = pathSums(csr, 0, csr.n, { weighted: options.weight !== undefined });
  return toRecord(csr.ids, normaliseBetweenness(sums.betweenness));
}
