import type { CsrCore } from './csr.ts';
import { toCsr } from './csr.ts';
import { CONVERGENCE_TOLERANCE } from './eigenvector.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { toRecord } from './record.ts';

export interface PagerankOptions {
  /** Edge attribute read as tie weight; left out, unweighted. */
  weight?: string;
  /** Damping factor, default 0.85. */
  alpha?: number;
  /** Default 1,000 (0.85^150 is already below 1e-10). */
  maxIterations?: number;
  /** Stop when the L1 change of one step is below this; default 1e-10 (networkx stops at n x 1e-6). */
  tolerance?: number;
}

/**
 * PageRank as `networkx.pagerank` with its defaults: uniform start and teleport, dangling nodes
 * (no outgoing weight) spread their rank uniformly; but iterated until the L1 change of a step is
 * below `tolerance` (1e-10), so the result is the stationary vector itself (networkx's exact
 * `_pagerank_numpy` to about 1e-12). The iterate is returned as is (not renormalised). Null when it
 * does not converge.
 */
export function pagerankArray(
  csr: CsrCore,
  alpha = 0.85,
  maxIterations = 1000,
  tolerance = CONVERGENCE_TOLERANCE,
): Float64Array | null {
  const { n } = csr;
  if (n === 0) return new Float64Array(0);
  const outWeight = new Float64Array(n);
  const { offsets: outOffsets, weights: outWeights } = csr.out;
  for (let u = 0; u < n; u++) {
    const end = outOffsets[u + 1]!;
    for (let e = outOffsets[u]!; e < end; e++) outWeight[u]! += outWeights[e]!;
  }
  const { offsets, targets, weights } = csr.in;
  // A dangling node's share stays 0, so its arcs add 0 to a sum that starts at 0: the same sums as
  // skipping them, without a branch in the inner loop.
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
      const end = offsets[v + 1]!;
      for (let e = offsets[v]!; e < end; e++) sum += share[targets[e]!]! * weights[e]!;
      const value = alpha * (sum + spread) + teleport;
      next[v] = value;
      change += Math.abs(value - x[v]!);
    }
    const previous = x;
    x = next;
    next = previous;
    if (change < tolerance) return x;
  }
  return null;
}

/** PageRank as networkx; every node null when the power iteration does not converge. */
export function pagerank(graph: AnalysisGraph, options: PagerankOptions = {}): NodeRecord<number | null> {
  const csr = toCsr(graph, { weight: options.weight }, 'pagerank');
  const values = pagerankArray(csr, options.alpha, options.maxIterations, options.tolerance);
  return toRecord(csr.ids, values ?? new Array<null>(csr.n).fill(null));
}
