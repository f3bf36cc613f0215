import { activeNetwork, councilFigures } from '@regiekaart/analysis';
import { type Change, type DeckStep, type KeyFigures, type Network, NetworkSchema } from '@regiekaart/model';
import { queryOptions } from '@tanstack/react-query';
import type { NetworkFilterParams } from '../../api/analysis.ts';
import { compactParams, getJson } from '../../api/client.ts';
import { today } from '../../api/use-map-network.ts';
import { t } from '../../i18n/catalogue.ts';
import type { ChangeRequest } from '../change/use-change-data.ts';
import { egoNetwork } from '../map/metric-values.ts';
import type { ReportFigure } from './pdf-report.ts';

const numberFormat = new Intl.NumberFormat('nl-NL');

/** The day a step's map shows: its saved date, or today. */
export function stepDate(step: DeckStep): string {
  return step.filters.asOf ?? today();
}

/** Every day a step shows data of: its date, and for a change or key-figures step the earlier day too. */
export function stepDates(step: DeckStep): string[] {
  return step.kind !== 'map' && step.compareFrom ? [step.compareFrom, stepDate(step)] : [stepDate(step)];
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
    // a map of people alone counts its people, not an empty row of organisations
    ...(figures.partners > 0 || people === 0 ? [row(f.organisations, figures.partners)] : []),
    ...(people > 0 ? [row(f.people, people)] : []),
    row(f.ties, figures.ties),
    row(f.crossDomain, figures.crossDomainTies),
    row(f.brokers, figures.brokers),
    row(f.singlePoints, figures.singlePointsOfFailure.length),
    ...(figures.components > 1 ? [row(f.components, figures.components)] : []),
    ...(folded > 0 ? [row(f.overig, folded)] : []),
  ];
}

/** What a change step compares: from its earlier day to its own date, as the change screen asks it. */
export function changeStepRequest(step: DeckStep, raad: boolean): ChangeRequest {
  return {
    from: step.compareFrom ?? stepDate(step),
    to: stepDate(step),
    level: raad ? 'organisation' : (step.filters.level ?? 'organisation'),
    view: raad ? 'raad' : 'werk',
    opgaveId: step.opgaveId,
  };
}

/** The figures of a change step: what came and went, and the council's figures then and now. */
export function changeFigures(change: Change): ReportFigure[] {
  const f = t.presenter.figure;
  const { before, after } = change.figures;
  const signed = (n: number) => (n > 0 ? `+${numberFormat.format(n)}` : numberFormat.format(n));
  const then = (a: number, b: number) => `${numberFormat.format(a)} → ${numberFormat.format(b)}`;
  return [
    { label: f.tiesAdded, value: signed(change.summary.tiesAdded) },
    { label: f.tiesRemoved, value: signed(-change.summary.tiesRemoved) },
    { label: f.partnersJoined, value: signed(change.summary.actorsJoined) },
    { label: f.partnersLeft, value: signed(-change.summary.actorsLeft) },
    { label: f.ties, value: then(before.ties, after.ties) },
    { label: f.crossDomain, value: then(before.crossDomainTies, after.crossDomainTies) },
    { label: f.brokers, value: then(before.brokers, after.brokers) },
    {
      label: f.singlePoints,
      value: then(before.singlePointsOfFailure.length, after.singlePointsOfFailure.length),
    },
  ];
}

/** A key-figures step's figures: partners, ties across domains, weak spots, casussen (as counts). */
export function keyFigureRows(figures: KeyFigures): ReportFigure[] {
  const f = t.presenter.figure;
  const then = (a: number, b: number) => `${numberFormat.format(a)} → ${numberFormat.format(b)}`;
  return [
    { label: f.organisations, value: then(figures.before.partners, figures.now.partners) },
    { label: f.crossDomain, value: then(figures.before.crossDomainTies, figures.now.crossDomainTies) },
    { label: f.brokers, value: then(figures.before.brokers, figures.now.brokers) },
    { label: f.singlePointsResolved, value: numberFormat.format(figures.singlePointsOfFailureResolved) },
    { label: f.singlePointsNew, value: numberFormat.format(figures.singlePointsOfFailureNew) },
    { label: f.casussen(figures.casussen.active), value: numberFormat.format(figures.casussen.total) },
  ];
}

/** The share of required partners present per opgave with a template, as table rows. */
export function coverageRows(figures: KeyFigures): [string, string][] {
  return figures.opgaven
    .filter((o) => o.share !== null)
    .map((o) => [o.name, t.keyFigures.presentText(o.presentRoles, o.requiredRoles)]);
}
