import { activeNetwork, councilFigures } from '@regiekaart/analysis';
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

/** Figures a council reads at a glance, counted on the network the step shows (as the API counts them). */
export function stepFigures(network: Network): ReportFigure[] {
  const f = t.presenter.figure;
  const figures = councilFigures(network, '', {});
  const people = activeNetwork(network).nodes.filter((n) => n.kind === 'person').length;
  const folded = network.meta?.folded ?? 0;
  const row = (label: string, value: number): ReportFigure => ({ label, value: numberFormat.format(value) });
  return [
    row(f.organisations, figures.partners),
    ...(people > 0 ? [row(f.people, people)] : []),
    row(f.ties, figures.ties),
    row(f.crossDomain, figures.crossDomainTies),
    row(f.brokers, figures.brokers),
    row(f.singlePoints, figures.singlePointsOfFailure.length),
    ...(figures.components > 1 ? [row(f.components, figures.components)] : []),
    ...(folded > 0 ? [row(f.overig, folded)] : []),
  ];
}
