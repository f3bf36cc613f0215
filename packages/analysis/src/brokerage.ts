import type { CsrCore } from './csr.ts';
import { toCsr } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { groupBy } from './groups.ts';
import { emptyRecord } from './record.ts';

export interface BrokerageRoles {
  /** i, j, k all in one group. */
  coordinator: number;
  /** i and k in one group, broker j in another (sna: itinerant broker, w_O). */
  consultant: number;
  /** i and j in one group, k in another (b_IO). */
  representative: number;
  /** j and k in one group, i in another (b_OI). */
  gatekeeper: number;
  /** i, j and k in three different groups (b_O). */
  liaison: number;
  total: number;
}

export type BrokerageCredit = 'full' | 'partial';

export interface BrokerageOptions {
  /** Node attribute that defines the groups (for Regiekaart usually `'domain'`). */
  groupBy: string;
  /**
   * `'full'` (default, R sna `brokerage()`): every open two-path i -> j -> k counts 1 for j.
   * `'partial'` (UCINET's weighted option): an open pair (i, k) with b brokers gives each 1 / b.
   */
  credit?: BrokerageCredit;
}

/**
 * Gould-Fernandez brokerage roles with R sna `brokerage()` semantics. A two-path i -> j -> k
 * (i, j, k distinct) counts for broker j when there is no arc i -> k; the role follows from the
 * groups of i, j and k. An undirected tie counts as two arcs (sna reads a symmetric matrix), so in
 * an undirected graph each open path counts once in each direction. With partial credit, each open
 * ordered pair (i, k) hands out 1 in total, split evenly over the b brokers j with i -> j -> k.
 */
export function brokerageArrays(
  csr: CsrCore,
  group: Int32Array,
  credit: BrokerageCredit = 'full',
): Float64Array[] {
  const { n } = csr;
  const { offsets, targets } = csr.out;
  const roles = [0, 1, 2, 3, 4].map(() => new Float64Array(n));
  const [coordinator, consultant, representative, gatekeeper, liaison] = roles as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const adjacent = new Int32Array(n).fill(-1);
  const paths = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    if (start === end) continue;
    adjacent[i] = i;
    for (let e = start; e < end; e++) adjacent[targets[e]!] = i;
    if (credit === 'partial') {
      for (let e = start; e < end; e++) {
        const j = targets[e]!;
        for (let f = offsets[j]!; f < offsets[j + 1]!; f++) {
          const k = targets[f]!;
          if (adjacent[k] !== i) paths[k]!++;
        }
      }
    }
    const gi = group[i]!;
    for (let e = start; e < end; e++) {
      const j = targets[e]!;
      const gj = group[j]!;
      for (let f = offsets[j]!; f < offsets[j + 1]!; f++) {
        const k = targets[f]!;
        if (adjacent[k] === i) continue;
        const amount = credit === 'partial' ? 1 / paths[k]! : 1;
        const gk = group[k]!;
        if (gi === gj) {
          if (gk === gj) coordinator[j]! += amount;
          else representative[j]! += amount;
        } else if (gk === gj) gatekeeper[j]! += amount;
        else if (gk === gi) consultant[j]! += amount;
        else liaison[j]! += amount;
      }
    }
    if (credit === 'partial') {
      for (let e = start; e < end; e++) {
        const j = targets[e]!;
        for (let f = offsets[j]!; f < offsets[j + 1]!; f++) paths[targets[f]!] = 0;
      }
    }
  }
  return roles;
}

/** Brokerage roles per node against a node attribute (see `brokerageArrays`). */
export function brokerage(graph: AnalysisGraph, options: BrokerageOptions): NodeRecord<BrokerageRoles> {
  const csr = toCsr(graph, {}, 'brokerage');
  const grouping = groupBy(graph, options.groupBy, 'brokerage');
  return brokerageRecord(csr.ids, brokerageArrays(csr, grouping.of, options.credit));
}

export function brokerageRecord(ids: readonly string[], roles: Float64Array[]): NodeRecord<BrokerageRoles> {
  const [coordinator, consultant, representative, gatekeeper, liaison] = roles;
  const result = emptyRecord<BrokerageRoles>();
  ids.forEach((id, v) => {
    const entry = {
      coordinator: coordinator?.[v] ?? 0,
      consultant: consultant?.[v] ?? 0,
      representative: representative?.[v] ?? 0,
      gatekeeper: gatekeeper?.[v] ?? 0,
      liaison: liaison?.[v] ?? 0,
    };
    result[id] = {
      ...entry,
      total: entry.coordinator + entry.consultant + entry.representative + entry.gatekeeper + entry.liaison,
    };
  });
  return result;
}
