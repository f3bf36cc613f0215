import { type DeckStep, type Network, NetworkSchema } from '@regiekaart/model';
import { queryOptions } from '@tanstack/react-query';
import type { NetworkFilterParams } from '../api/analysis.ts';
import { compactParams, getJson } from '../api/client.ts';
import { today } from '../api/use-map-network.ts';
import { t } from '../i18n/catalogue.ts';
import { egoNetwork } from '../map/metric-values.ts';
import type { ReportFigure } from './pdf-report.ts';

const numberFormat = new Intl.NumberFormat('nl-NL');

/** The day a step's map shows: its saved date, or today. */
export function stepDate(step: DeckStep): string {
  return step.filters.asOf ?? today();
}

/**
 * The network parameters of one step, as its saved view filters it. In the raadsversie the server
 * redacts (`view=raad`): organisation level, small organisations folded into "overig".
 */
export function stepParams(step: DeckStep, raad: boolean, minPeople: number): NetworkFilterParams {
  const f = step.filters;
  return {
    level: raad ? 'organisation' : (f.level ?? 'person'),
    asOf: stepDate(step),
    ...(step.opgaveId ? { hops: f.hops ?? 1 } : {}),
    ...(f.domains?.length ? { domain: f.domains.join(',') } : {}),
    ...(f.linkKinds?.length ? { kind: f.linkKinds.join(',') } : {}),
    ...(f.minStrength !== undefined ? { minStrength: f.minStrength } : {}),
    ...(f.organisations?.length ? { organisation: f.organisations.join(',') } : {}),
    ...(raad ? { view: 'raad' as const, minPeople } : {}),
  };
}

/** The network query of one step; the same keys and paths as the map's own queries, so the cache serves both. */
export function stepNetworkQuery(step: DeckStep, raad: boolean, minPeople: number) {
  const opgaveId = step.opgaveId;
  const compact = compactParams(stepParams(step, raad, minPeople));
  const path = opgaveId ? `/api/opgaven/${encodeURIComponent(opgaveId)}/network` : '/api/network';
  return queryOptions({
    queryKey: (opgaveId
      ? ['opgaven', opgaveId, 'network', compact]
      : ['network', compact]) as readonly unknown[],
    queryFn: ({ signal }) => getJson(path, { params: compact, schema: NetworkSchema, signal }),
  });
}

/** What the step's map shows: the network, narrowed to the saved focus when there is one. */
export function stepNetwork(step: DeckStep, network: Network): Network {
  const focus = step.filters.focus;
  return focus ? (egoNetwork(network, focus) ?? network) : network;
}

/** Figures a council reads at a glance, counted on the network the step shows. */
export function stepFigures(network: Network): ReportFigure[] {
  const f = t.presenter.figure;
  const domainOf = new Map(network.nodes.map((n) => [n.id, n.domain ?? null]));
  const organisations = network.nodes.filter((n) => n.kind === 'organisation').length;
  const people = network.nodes.filter((n) => n.kind === 'person').length;
  const crossDomain = network.edges.filter((e) => {
    const a = domainOf.get(e.source);
    const b = domainOf.get(e.target);
    return a !== undefined && b !== undefined && a !== b;
  }).length;
  const domains = new Set(network.nodes.map((n) => n.domain).filter(Boolean)).size;
  const figures: ReportFigure[] = [
    { label: f.organisations, value: numberFormat.format(organisations) },
    ...(people > 0 ? [{ label: f.people, value: numberFormat.format(people) }] : []),
    { label: f.ties, value: numberFormat.format(network.edges.length) },
    { label: f.crossDomain, value: numberFormat.format(crossDomain) },
    { label: f.domains, value: numberFormat.format(domains) },
  ];
  const folded = network.meta?.folded ?? 0;
  if (folded > 0) figures.push({ label: f.overig, value: numberFormat.format(folded) });
  return figures;
}
