import { buildGraph, type Fragmentation, mostDamaging, whatIf as whatIfOnGraph } from '@regiekaart/analysis';
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

/**
 * What falls apart when these actors leave the network on the map: Borgatti's F and DF before and
 * after, the actors cut off and the domains that lose their connection. Ties count both ways.
 */
export function whatIf(network: Network, removed: readonly string[]): WhatIf {
  const graph = buildGraph(network, { directed: false });
  const present = removed.filter((id) => graph.hasNode(id));
  const result = whatIfOnGraph(graph, present, { groupBy: 'domain' });
  return {
    removed: present,
    before: result.before,
    after: result.after,
    cutOff: result.cutOff,
    lostDomainPairs: result.groupPairsDisconnected,
  };
}

/** The actors cut off when these actors leave (without the fragmentation measures). */
export function cutOffBy(network: Network, removed: readonly string[]): string[] {
  return whatIf(network, removed).cutOff;
}

/** The `k` actors whose joint loss fragments the map's network most (Borgatti's KPP-Neg, greedy). */
export function mostDamagingActors(network: Network, k = 3): string[] {
  if (network.nodes.length === 0) return [];
  const graph = buildGraph(network, { directed: false });
  return mostDamaging(graph, { k, measure: 'fragmentation' }).actors.map((a) => a.id);
}
