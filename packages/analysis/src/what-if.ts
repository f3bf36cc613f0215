import { type FragmentationChange, fragmentationIfRemoved } from './fragmentation.ts';
import type { AnalysisGraph } from './graph.ts';

export interface WhatIfOptions {
  /** Node attribute that defines the groups, e.g. `'domain'`; default `'domain'`. */
  groupBy?: string;
}

export interface WhatIf extends FragmentationChange {
  /** Group pairs (sorted) that some path joined before and none joins after. */
  groupPairsDisconnected: Array<[string, string]>;
  /** Group pairs that had a direct tie before and have none after. */
  groupPairsWithoutTies: Array<[string, string]>;
  /** Actors left outside the largest remaining component that were inside the largest one before. */
  cutOff: string[];
}

type Parts = { component: Map<string, number>; largest: number };

function components(graph: AnalysisGraph, removed: ReadonlySet<string>): Parts {
  const component = new Map<string, number>();
  const sizes: number[] = [];
  graph.forEachNode((start) => {
    if (removed.has(start) || component.has(start)) return;
    const index = sizes.length;
    component.set(start, index);
    const stack = [start];
    let size = 0;
    while (stack.length) {
      const node = stack.pop()!;
      size++;
      graph.forEachNeighbor(node, (next) => {
        if (!removed.has(next) && !component.has(next)) {
          component.set(next, index);
          stack.push(next);
        }
      });
    }
    sizes.push(size);
  });
  let largest = -1;
  sizes.forEach((size, i) => {
    if (largest < 0 || size > (sizes[largest] ?? 0)) largest = i;
  });
  return { component, largest };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const toPair = (key: string) => key.split('\u0000') as [string, string];

function groupPairs(graph: AnalysisGraph, parts: Parts, groupOf: (id: string) => string | null) {
  const groupsIn = new Map<number, Set<string>>();
  for (const [node, c] of parts.component) {
    const g = groupOf(node);
    if (g !== null) (groupsIn.get(c) ?? groupsIn.set(c, new Set()).get(c)!).add(g);
  }
  const connected = new Set<string>();
  for (const groups of groupsIn.values()) {
    const list = [...groups];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) connected.add(pairKey(list[i]!, list[j]!));
  }
  const tied = new Set<string>();
  graph.forEachEdge((_e, _a, source, target) => {
    if (!parts.component.has(source) || !parts.component.has(target)) return;
    const a = groupOf(source);
    const b = groupOf(target);
    if (a !== null && b !== null && a !== b) tied.add(pairKey(a, b));
  });
  return { connected, tied };
}

/**
 * "What if these actors left?": Borgatti's F and DF before and after, which pairs of groups
 * (domains) lose every path or every direct tie between them, and who is cut off from the main part.
 */
export function whatIf(graph: AnalysisGraph, remove: readonly string[], options: WhatIfOptions = {}): WhatIf {
  const groupBy = options.groupBy ?? 'domain';
  const change = fragmentationIfRemoved(graph, remove);
  const groupOf = (id: string) => {
    const value = graph.getNodeAttribute(id, groupBy);
    return value === undefined || value === null ? null : String(value);
  };
  const before = components(graph, new Set());
  const after = components(graph, new Set(remove));
  const pairsBefore = groupPairs(graph, before, groupOf);
  const pairsAfter = groupPairs(graph, after, groupOf);
  const lost = (was: Set<string>, is: Set<string>) =>
    [...was]
      .filter((k) => !is.has(k))
      .sort()
      .map(toPair);
  const cutOff = [...after.component.entries()]
    .filter(([node, c]) => c !== after.largest && before.component.get(node) === before.largest)
    .map(([node]) => node)
    .sort();
  return {
    ...change,
    groupPairsDisconnected: lost(pairsBefore.connected, pairsAfter.connected),
    groupPairsWithoutTies: lost(pairsBefore.tied, pairsAfter.tied),
    cutOff,
  };
}
