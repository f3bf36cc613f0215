import { biconnectivity } from './biconnectivity.ts';
import { toCsr, undirectedAdjacency } from './csr.ts';
import type { AnalysisGraph } from './graph.ts';

/**
 * Ties whose removal disconnects their component, as `networkx.bridges` on the underlying
 * undirected graph; each as [id, id] with the earlier node (in node order) first.
 */
export function bridges(graph: AnalysisGraph): Array<[string, string]> {
  const csr = toCsr(graph, {}, 'bridges');
  return biconnectivity(undirectedAdjacency(csr)).bridges.map(([a, b]) => [csr.ids[a]!, csr.ids[b]!]);
}
