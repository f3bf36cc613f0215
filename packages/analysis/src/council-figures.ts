import type { Figures, Network } from '@regiekaart/model';
import { articulationPoints } from './articulation-points.ts';
import { buildGraph } from './build-graph.ts';
import { components } from './components.ts';
import { density } from './density.ts';

/** Only the actors that take part on the day: with a tie, or a participant of the opgave. */
export function activeNetwork(network: Network): Network {
  const tied = new Set(network.edges.flatMap((e) => [e.source, e.target]));
  const nodes = network.nodes.filter((n) => tied.has(n.id) || n.participant === true);
  return { ...network, nodes };
}

/**
 * The figures a council reads, for one network on one day: partners (organisations) in all and per
 * domain, ties, ties across domains, brokers (actors tied to two or more other domains), density,
 * components and single points of failure (articulation points). Counts only: no one is named.
 */
export function councilFigures(
  network: Network,
  date: string,
  domainLabels: Record<string, string>,
): Figures {
  const net = activeNetwork(network);
  const domainOf = new Map(net.nodes.map((n) => [n.id, n.domain ?? 'onbekend']));
  const perDomain = new Map<string, number>();
  for (const n of net.nodes)
    perDomain.set(n.domain ?? 'onbekend', (perDomain.get(n.domain ?? 'onbekend') ?? 0) + 1);
  const graph = buildGraph(net, { directed: false });
  const otherDomains = new Map<string, Set<string>>();
  const reach = (id: string, domain: string) => {
    const set = otherDomains.get(id) ?? new Set<string>();
    set.add(domain);
    otherDomains.set(id, set);
  };
  let crossDomainTies = 0;
  graph.forEachEdge((_e, _a, source, target) => {
    const a = domainOf.get(source) ?? 'onbekend';
    const b = domainOf.get(target) ?? 'onbekend';
    if (a === b) return;
    crossDomainTies++;
    reach(source, b);
    reach(target, a);
  });
  const empty = graph.order === 0;
  return {
    date,
    partners: net.nodes.filter((n) => n.kind === 'organisation').length,
    partnersPerDomain: [...perDomain.entries()]
      .map(([domain, partners]) => ({ domain, label: domainLabels[domain] ?? domain, partners }))
      .sort((x, y) => y.partners - x.partners || x.domain.localeCompare(y.domain)),
    ties: graph.size,
    crossDomainTies,
    brokers: [...otherDomains.values()].filter((set) => set.size >= 2).length,
    density: empty ? 0 : density(graph),
    components: empty ? 0 : components(graph),
    singlePointsOfFailure: empty ? [] : [...articulationPoints(graph)].sort(),
  };
}
