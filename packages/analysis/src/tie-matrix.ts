import { toCsr } from './csr.ts';
import type { AnalysisGraph, GroupValue } from './graph.ts';
import { groupBy } from './groups.ts';

export interface TieMatrixOptions {
  /** Node attribute that defines the groups, e.g. `'domain'`. */
  groupBy: string;
}

export interface TieMatrix {
  attribute: string;
  directed: boolean;
  /** Group values in order of their first node; rows and columns follow this order. */
  groups: GroupValue[];
  sizes: number[];
  /** Number of ties in the graph. */
  ties: number;
  /** Ties per group pair; symmetric for an undirected graph, row = sender for a directed one. */
  observed: number[][];
  /** Ties expected under random mixing (see `tieMatrix`). */
  expected: number[][];
  /** observed / expected; null where nothing is expected. */
  ratio: Array<Array<number | null>>;
}

/**
 * The domain-by-domain tie matrix: observed ties per pair of groups against the number expected
 * when the same number of ties m fell on random pairs of nodes, given the group sizes n_g:
 * expected(g, h) = m * pairs(g, h) / pairs(all). Undirected: pairs(g, g) = n_g (n_g - 1) / 2,
 * pairs(g, h) = n_g n_h, pairs(all) = n (n - 1) / 2, and both off-diagonal cells hold the ties
 * between g and h. Directed: ordered pairs, pairs(g, g) = n_g (n_g - 1), pairs(g, h) = n_g n_h,
 * pairs(all) = n (n - 1). The diagonal of `observed` sums with one triangle to m.
 */
export function tieMatrix(graph: AnalysisGraph, options: TieMatrixOptions): TieMatrix {
  const csr = toCsr(graph, {}, 'tieMatrix');
  const grouping = groupBy(graph, options.groupBy, 'tieMatrix');
  const k = grouping.values.length;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const m = csr.edgeSources.length;
  for (let e = 0; e < m; e++) {
    const g = grouping.of[csr.edgeSources[e]!]!;
    const h = grouping.of[csr.edgeTargets[e]!]!;
    observed[g]![h]!++;
    if (!csr.directed && g !== h) observed[h]![g]!++;
  }
  const n = csr.n;
  const factor = csr.directed ? 1 : 0.5;
  const allPairs = factor * n * (n - 1);
  const expected = grouping.sizes.map((ng, g) =>
    grouping.sizes.map((nh, h) => {
      const pairs = g === h ? factor * ng * (ng - 1) : ng * nh;
      return allPairs > 0 ? (m * pairs) / allPairs : 0;
    }),
  );
  const ratio = observed.map((row, g) =>
    row.map((value, h) => {
      const e = expected[g]![h]!;
      return e > 0 ? value / e : null;
    }),
  );
  return {
    attribute: options.groupBy,
    directed: csr.directed,
    groups: grouping.values,
    sizes: grouping.sizes,
    ties: m,
    observed,
    expected,
    ratio,
  };
}
