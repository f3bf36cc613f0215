import type { Adjacency } from './csr.ts';
import { toCsr, undirectedAdjacency } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { toRecord } from './record.ts';

/** Component label per node (0, 1, ... in order of each component's first node) and their count. */
export function componentLabels(adjacency: Adjacency): { labels: Int32Array; count: number } {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const labels = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (labels[root]! >= 0) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    labels[root] = count;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const u = targets[e]!;
        if (labels[u]! < 0) {
          labels[u] = count;
          queue[tail++] = u;
        }
      }
    }
    count++;
  }
  return { labels, count };
}

/** Number of connected components (weakly connected for a directed graph). */
export function components(graph: AnalysisGraph): number {
  return componentLabels(undirectedAdjacency(toCsr(graph, {}, 'components'))).count;
}

/** Component per node, numbered in order of each component's first node. */
export function component(graph: AnalysisGraph): NodeRecord<number> {
  const csr = toCsr(graph, {}, 'component');
  return toRecord(csr.ids, componentLabels(undirectedAdjacency(csr)).labels);
}
