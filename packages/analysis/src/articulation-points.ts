import { biconnectivity } from './biconnectivity.ts';
import { toCsr, undirectedAdjacency } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { toRecord } from './record.ts';

/** Per node: whether removing it disconnects its component (of the underlying undirected graph). */
export function articulationPoint(graph: AnalysisGraph): NodeRecord<boolean> {
  const csr = toCsr(graph, {}, 'articulationPoint');
  const { articulation } = biconnectivity(undirectedAdjacency(csr));
  return toRecord(
    csr.ids,
    Array.from(articulation, (flag) => flag === 1),
  );
}

/** The cut vertices in node order, as `networkx.articulation_points` on the undirected graph. */
export function articulationPoints(graph: AnalysisGraph): string[] {
  const csr = toCsr(graph, {}, 'articulationPoints');
  const { articulation } = biconnectivity(undirectedAdjacency(csr));
  return csr.ids.filter((_, i) => articulation[i] === 1);
}
