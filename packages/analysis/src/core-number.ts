import type { CsrCore } from './csr.ts';
import { toCsr } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { toRecord } from './record.ts';

/**
 * k-core numbers by the Batagelj-Zaversnik bin sort, as `networkx.core_number`. For a directed
 * graph a node's degree is in + out, so a reciprocated tie counts twice (networkx reads
 * `all_neighbors`, which lists such a neighbour twice).
 */
export function coreNumberArray(csr: CsrCore): Int32Array {
  const { n } = csr;
  const sides = csr.directed ? [csr.out, csr.in] : [csr.out];
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    let d = 0;
    for (const side of sides) d += side.offsets[v + 1]! - side.offsets[v]!;
    degree[v] = d;
    if (d > maxDegree) maxDegree = d;
  }
  const bin = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) bin[degree[v]!]!++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = bin[d]!;
    bin[d] = start;
    start += count;
  }
  const position = new Int32Array(n);
  const vertex = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const at = bin[degree[v]!]!++;
    position[v] = at;
    vertex[at] = v;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vertex[i]!;
    for (const side of sides) {
      for (let e = side.offsets[v]!; e < side.offsets[v + 1]!; e++) {
        const u = side.targets[e]!;
        const du = degree[u]!;
        if (du > degree[v]!) {
          const pu = position[u]!;
          const pw = bin[du]!;
          const w = vertex[pw]!;
          if (u !== w) {
            position[u] = pw;
            vertex[pu] = w;
            position[w] = pu;
            vertex[pw] = u;
          }
          bin[du]!++;
          degree[u] = du - 1;
        }
      }
    }
  }
  return degree;
}

/** Core number (the largest k for which the node is in the k-core), as networkx. */
export function coreNumber(graph: AnalysisGraph): NodeRecord<number> {
  const csr = toCsr(graph, {}, 'coreNumber');
  return toRecord(csr.ids, coreNumberArray(csr));
}
