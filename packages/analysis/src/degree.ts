import type { CsrCore } from './csr.ts';
import { toCsr } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { toRecord } from './record.ts';

/** Number of ties per node; for a directed graph in-degree plus out-degree (as networkx `G.degree`). */
export function degreeArray(csr: CsrCore): Float64Array {
  const result = new Float64Array(csr.n);
  for (let v = 0; v < csr.n; v++) {
    result[v] = csr.out.offsets[v + 1]! - csr.out.offsets[v]!;
    if (csr.directed) result[v]! += csr.in.offsets[v + 1]! - csr.in.offsets[v]!;
  }
  return result;
}

/** As `networkx.degree_centrality`: degree / (n - 1), and 1 for the only node of a one-node graph. */
export function degreeCentralityArray(degrees: Float64Array): Float64Array {
  const n = degrees.length;
  if (n <= 1) return new Float64Array(n).fill(1);
  const scale = 1 / (n - 1);
  return degrees.map((d) => d * scale);
}

/** Degree: number of ties (in + out for a directed graph). */
export function degree(graph: AnalysisGraph): NodeRecord<number> {
  const csr = toCsr(graph, {}, 'degree');
  return toRecord(csr.ids, degreeArray(csr));
}

/** Degree centrality as `networkx.degree_centrality`. */
export function degreeCentrality(graph: AnalysisGraph): NodeRecord<number> {
  const csr = toCsr(graph, {}, 'degreeCentrality');
  return toRecord(csr.ids, degreeCentralityArray(degreeArray(csr)));
}
