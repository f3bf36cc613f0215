import { toCsr, undirectedAdjacency } from './csr.ts';
import type { AnalysisGraph, GroupValue } from './graph.ts';
import { groupBy } from './groups.ts';

export type SuggestionMethod = 'adamic-adar' | 'resource-allocation';

export interface SuggestedTiesOptions {
  /**
   * `'adamic-adar'` (default): score = sum over shared contacts z of 1 / ln(degree z);
   * `'resource-allocation'`: sum of 1 / degree z. Both weigh a contact shared with few others more.
   */
  method?: SuggestionMethod;
  /** At most this many suggestions, best first; default 20. */
  limit?: number;
  /** Only suggest ties involving these actors. */
  among?: readonly string[];
  /** Node attribute defining groups, e.g. `'domain'`; with `acrossGroups`, only pairs from different groups. */
  groupBy?: string;
  acrossGroups?: boolean;
}

export interface SharedContact {
  id: string;
  /** Number of contacts of the shared contact. */
  degree: number;
  /** Its part of the score. */
  contribution: number;
}

export interface SuggestedTie {
  source: string;
  target: string;
  score: number;
  /** Why: the contacts the two share, largest contribution first. */
  shared: SharedContact[];
  groups?: [GroupValue, GroupValue];
}

interface Candidate {
  u: number;
  v: number;
  score: number;
}

/** Worse = lower score, then later pair in node order; the heap keeps the worst on top. */
const worse = (a: Candidate, b: Candidate): boolean =>
  a.score !== b.score ? a.score < b.score : a.u !== b.u ? a.u > b.u : a.v > b.v;

/** Keeps the `limit` best candidates seen. */
class BestCandidates {
  readonly items: Candidate[] = [];
  constructor(private readonly limit: number) {}

  offer(candidate: Candidate): void {
    const items = this.items;
    if (items.length < this.limit) {
      items.push(candidate);
      let i = items.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(items[i]!, items[parent]!)) break;
        [items[i], items[parent]] = [items[parent]!, items[i]!];
        i = parent;
      }
      return;
    }
    if (this.limit === 0 || !worse(items[0]!, candidate)) return;
    items[0] = candidate;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let top = i;
      if (left < items.length && worse(items[left]!, items[top]!)) top = left;
      if (right < items.length && worse(items[right]!, items[top]!)) top = right;
      if (top === i) break;
      [items[i], items[top]] = [items[top]!, items[i]!];
      i = top;
    }
  }
}

/**
 * Ties that are missing but likely, by shared contacts (Adamic-Adar or resource allocation, as
 * networkx's `adamic_adar_index` and `resource_allocation_index`), each with the shared contacts
 * that explain it. Pairs already tied are left out; a directed graph is read as its underlying
 * undirected graph (a tie in either direction counts). Ties in score go to the earlier pair in node
 * order.
 */
export function suggestedTies(graph: AnalysisGraph, options: SuggestedTiesOptions = {}): SuggestedTie[] {
  const fn = 'suggestedTies';
  const method = options.method ?? 'adamic-adar';
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new Error(`analysis/${fn}: limit is ${limit}; expected a whole number of at least 0`);
  }
  const csr = toCsr(graph, {}, fn);
  const { offsets, targets } = undirectedAdjacency(csr);
  const n = csr.n;
  const degree = (z: number): number => offsets[z + 1]! - offsets[z]!;
  const contribution = new Float64Array(n);
  for (let z = 0; z < n; z++) {
    const d = degree(z);
    if (d > 1) contribution[z] = method === 'adamic-adar' ? 1 / Math.log(d) : 1 / d;
  }

  const grouping = options.groupBy === undefined ? undefined : groupBy(graph, options.groupBy, fn);
  if (options.acrossGroups && grouping === undefined) {
    throw new Error(`analysis/${fn}: acrossGroups needs groupBy, the attribute that defines the groups`);
  }
  const focus = new Uint8Array(n);
  if (options.among === undefined) focus.fill(1);
  else {
    const index = new Map(csr.ids.map((id, i) => [id, i]));
    for (const id of options.among) {
      const i = index.get(id);
      if (i === undefined) throw new Error(`analysis/${fn}: unknown node ${JSON.stringify(id)} in among`);
      focus[i] = 1;
    }
  }

  const best = new BestCandidates(limit);
  const score = new Float64Array(n);
  const tied = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    tied[u] = u;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) tied[targets[e]!] = u;
    let count = 0;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const z = targets[e]!;
      const c = contribution[z]!;
      for (let f = offsets[z]!; f < offsets[z + 1]!; f++) {
        const v = targets[f]!;
        if (v <= u || tied[v] === u) continue;
        if (score[v] === 0) touched[count++] = v;
        score[v]! += c;
      }
    }
    for (let i = 0; i < count; i++) {
      const v = touched[i]!;
      const s = score[v]!;
      score[v] = 0;
      if (focus[u] === 0 && focus[v] === 0) continue;
      if (options.acrossGroups && grouping !== undefined && grouping.of[u] === grouping.of[v]) continue;
      best.offer({ u, v, score: s });
    }
  }

  const chosen = [...best.items].sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  const mark = new Int32Array(n).fill(-1);
  return chosen.map(({ u, v, score: s }) => {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) mark[targets[e]!] = u;
    const shared: SharedContact[] = [];
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const z = targets[e]!;
      if (mark[z] === u) shared.push({ id: csr.ids[z]!, degree: degree(z), contribution: contribution[z]! });
    }
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) mark[targets[e]!] = -1;
    shared.sort((a, b) => b.contribution - a.contribution);
    const tie: SuggestedTie = { source: csr.ids[u]!, target: csr.ids[v]!, score: s, shared };
    if (grouping !== undefined)
      tie.groups = [grouping.values[grouping.of[u]!]!, grouping.values[grouping.of[v]!]!];
    return tie;
  });
}
