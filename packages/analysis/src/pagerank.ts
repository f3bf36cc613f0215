import type { CsrCore } from './csr.ts';
import { toCsr } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { toRecord } from './record.ts';

export interface PagerankOptions {
  /** Edge attribute read as tie weight; left out, unweighted. */
  weight?: string;
  /** Damping factor, default 0.85. */
  alpha?: number;
  /** Default 100, as networkx. */
  maxIterations?: number;
  /** Default 1e-6, as networkx. */
  tolerance?: number;
}

/**
 * PageRank as `networkx.pagerank` with its defaults: uniform start and teleport, dangling nodes
 * (no outgoing weight) spread their rank uniformly, stop when the L1 change is below
 * n * tolerance; the iterate is returned as is (not renormalised). Null when it does not converge.
 */
export function pagerankArray(
  csr: CsrCore,
  alpha = 0.85,
  maxIterations = 100,
  tolerance = 1e-6,
): Float64Array | null {
  const { n } = csr;
  if (n === 0) return new Float64Array(0);
  const outWeight = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    for (let e = csr.out.offsets[u]!; e < csr.out.offsets[u + 1]!; e++) outWeight[u]! += csr.out.weights[e]!;
  }
  const { offsets, targets, weights } = csr.in;
  const share = new Float64Array(n);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const teleport = (1 - alpha) / n;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      const total = outWeight[u]!;
      if (total === 0) dangling += x[u]!;
      else share[u] = x[u]! / total;
    }
    const spread = dangling / n;
    let change = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const u = targets[e]!;
        if (outWeight[u] !== 0) sum += share[u]! * weights[e]!;
      }
      const value = alpha * (sum + spread) + teleport;
      next[v] = value;
      change += Math.abs(value - x[v]!);
    }
    [x, next] = [next, x];
    if (change < n * tolerance) return x;
  }
  return null;
}

/** PageRank as networkx; every node null when the power iteration does not converge. */
export function pagerank(graph: AnalysisGraph, options: PagerankOptions = {}): NodeRecord<number | null> {
  const csr = toCsr(graph, { weight: options.weight }, 'pagerank');
  const values = pagerankArray(csr, options.alpha, options.maxIterations, options.tolerance);
  return toRecord(csr.ids, values ?? new Array<null>(csr.n).fill(null));
}
