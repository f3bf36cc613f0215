import { toCsr } from './csr.ts';
import type { AnalysisGraph, GroupValue } from './graph.ts';
import { groupBy } from './groups.ts';

export interface EiIndexOptions {
  /** Node attribute that defines the groups, e.g. `'domain'`. */
  groupBy: string;
}

export interface EiGroup {
  group: GroupValue;
  size: number;
  /** Ties with both ends in the group. */
  internal: number;
  /** Ties with exactly one end in the group. */
  external: number;
  /** (external - internal) / (external + internal); null for a group without ties. */
  index: number | null;
}

export interface EiIndex {
  attribute: string;
  /** Over the whole graph: (E - I) / (E + I) with E the ties between and I within groups; null without ties. */
  overall: number | null;
  internal: number;
  external: number;
  groups: EiGroup[];
}

const ei = (external: number, internal: number): number | null =>
  external + internal > 0 ? (external - internal) / (external + internal) : null;

/**
 * Krackhardt and Stern's E-I index: from -1 (all ties inside groups) to +1 (all ties across).
 * In a directed graph every arc is a tie, so a reciprocated pair counts twice.
 */
export function eiIndex(graph: AnalysisGraph, options: EiIndexOptions): EiIndex {
  const csr = toCsr(graph, {}, 'eiIndex');
  const grouping = groupBy(graph, options.groupBy, 'eiIndex');
  const internal = new Array<number>(grouping.values.length).fill(0);
  const external = new Array<number>(grouping.values.length).fill(0);
  let totalInternal = 0;
  let totalExternal = 0;
  for (let e = 0; e < csr.edgeSources.length; e++) {
    const g = grouping.of[csr.edgeSources[e]!]!;
    const h = grouping.of[csr.edgeTargets[e]!]!;
    if (g === h) {
      internal[g]!++;
      totalInternal++;
    } else {
      external[g]!++;
      external[h]!++;
      totalExternal++;
    }
  }
  return {
    attribute: options.groupBy,
    overall: ei(totalExternal, totalInternal),
    internal: totalInternal,
    external: totalExternal,
    groups: grouping.values.map((group, g) => ({
      group,
      size: grouping.sizes[g]!,
      internal: internal[g]!,
      external: external[g]!,
      index: ei(external[g]!, internal[g]!),
    })),
  };
}
