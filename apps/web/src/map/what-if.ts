import { buildGraph, type Fragmentation, fragmentationIfRemoved, mostDamaging } from '@regiekaart/analysis';
import type { Network } from '@regiekaart/model';

export type WhatIf = {
  removed: string[];
  before: Fragmentation;
  after: Fragmentation;
  /** actors no longer in the largest piece of the part of the network they were in */
  cutOff: string[];
  /** pairs of domains (codes, sorted) that could reach each other before and cannot after */
  lostDomainPairs: [string, string][];
};

/** Component number per node id, leaving out the removed ones. */
function components(network: Network, removed: ReadonlySet<string>): Map<string, number> {
  const neighbours = new Map<string, string[]>();
  for (const node of network.nodes) if (!removed.has(node.id)) neighbours.set(node.id, []);
  for (const edge of network.edges) {
    const a = neighbours.get(edge.source);
    const b = neighbours.get(edge.target);
    if (a && b && edge.source !== edge.target) {
      a.push(edge.target);
      b.push(edge.source);
    }
  }
  const label = new Map<string, number>();
  let next = 0;
  for (const start of neighbours.keys()) {
    if (label.has(start)) continue;
    const stack = [start];
    label.set(start, next);
    while (stack.length) {
      const node = stack.pop() ?? '';
      for (const other of neighbours.get(node) ?? []) {
        if (!label.has(other)) {
          label.set(other, next);
          stack.push(other);
        }
      }
    }
    next++;
  }
  return label;
}

function domainPairs(network: Network, label: Map<string, number>): Set<string> {
  const domainsPer = new Map<number, Set<string>>();
  for (const node of network.nodes) {
    const component = label.get(node.id);
    if (component === undefined || !node.domain) continue;
    (domainsPer.get(component) ?? domainsPer.set(component, new Set()).get(component))?.add(node.domain);
  }
  const pairs = new Set<string>();
  for (const domains of domainsPer.values()) {
    const list = [...domains].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) pairs.add(`${list[i]}\u0000${list[j]}`);
    }
  }
  return pairs;
}

/**
 * What falls apart when these actors leave the network on the map: Borgatti's F and DF before and
 * after, the actors cut off and the domains that lose their connection. Ties count both ways.
 */
export function whatIf(network: Network, removed: readonly string[]): WhatIf {
  const ids = new Set(network.nodes.map((n) => n.id));
  const present = removed.filter((id) => ids.has(id));
  const graph = buildGraph(network, { directed: false });
  const change = fragmentationIfRemoved(graph, present);

  const gone = new Set(present);
  const before = components(network, new Set());
  const after = components(network, gone);
  const cutOff = cutOffParts(before, after);
  const pairsAfter = domainPairs(network, after);
  const lostDomainPairs = [...domainPairs(network, before)]
    .filter((pair) => !pairsAfter.has(pair))
    .map((pair) => pair.split('\u0000') as [string, string]);
  return { removed: present, before: change.before, after: change.after, cutOff, lostDomainPairs };
}

/** Actors that end up outside the largest remaining piece of the part of the network they were in. */
function cutOffParts(before: Map<string, number>, after: Map<string, number>): string[] {
  const pieces = new Map<number, Map<number, string[]>>();
  for (const [id, piece] of after) {
    const part = before.get(id) ?? -1;
    const byPiece = pieces.get(part) ?? pieces.set(part, new Map()).get(part);
    const members = byPiece?.get(piece) ?? [];
    members.push(id);
    byPiece?.set(piece, members);
  }
  const cutOff: string[] = [];
  for (const byPiece of pieces.values()) {
    const sorted = [...byPiece.values()].sort((a, b) => b.length - a.length);
    for (const piece of sorted.slice(1)) cutOff.push(...piece);
  }
  return cutOff;
}

/** The actors cut off when these actors leave (without the fragmentation measures). */
export function cutOffBy(network: Network, removed: readonly string[]): string[] {
  return cutOffParts(components(network, new Set()), components(network, new Set(removed)));
}

/** The `k` actors whose joint loss fragments the map's network most (Borgatti's KPP-Neg, greedy). */
export function mostDamagingActors(network: Network, k = 3): string[] {
  if (network.nodes.length === 0) return [];
  const graph = buildGraph(network, { directed: false });
  return mostDamaging(graph, { k, measure: 'fragmentation' }).actors.map((a) => a.id);
}
