import type { Adjacency } from './csr.ts';
import { toCsr, undirectedAdjacency } from './csr.ts';
import type { AnalysisGraph } from './graph.ts';

/**
 * Global clustering as `networkx.transitivity`: 3 x triangles / connected triples, 0 without
 * triangles. A directed graph is read as its underlying undirected graph (networkx's function is
 * meant for undirected graphs; call it on `G.to_undirected()` to compare).
 */
export function transitivityOf(adjacency: Adjacency): number {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const mark = new Int32Array(n).fill(-1);
  let closed = 0;
  let triples = 0;
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    const d = end - start;
    triples += d * (d - 1);
    for (let e = start; e < end; e++) mark[targets[e]!] = v;
    for (let e = start; e < end; e++) {
      const u = targets[e]!;
      for (let f = offsets[u]!; f < offsets[u + 1]!; f++) {
        if (mark[targets[f]!] === v) closed++;
      }
    }
  }
  return closed === 0 ? 0 : closed / triples;
}

export function transitivity(graph: AnalysisGraph): number {
  return transitivityOf(undirectedAdjacency(toCsr(graph, {}, 'transitivity')));
}
