import type { Deck, DeckStep } from '@regiekaart/model';
import type { QueryClient } from '@tanstack/react-query';
import { keyFiguresQuery } from '../../api/key-figures.ts';
import { layoutQuery } from '../../api/layouts.ts';
import { today } from '../../api/use-map-network.ts';
import { domainsQuery } from '../../api/vocabulary.ts';
import { formatDate, t } from '../../i18n/catalogue.ts';
import { changeElements } from '../change/change-elements.ts';
import { changeStyle } from '../change/change-style.ts';
import { changeRequestQuery, fetchNetworkAt } from '../change/use-change-data.ts';
import { compareDomains, domainAppearance } from '../map/domain-appearance.ts';
import { mapLayoutKey } from '../map/layout/use-kept-layout.ts';
import { mapStyle } from '../map/map-style.ts';
import { shapePath } from '../map/shape-path.ts';
import { buildReport, type ReportLegendItem, type ReportStep } from './pdf-report.ts';
import { renderElementsPng, renderMapPng } from './render-map-png.ts';
import {
  changeFigures,
  changeStepRequest,
  coverageRows,
  keyFigureRows,
  stepDate,
  stepDates,
  stepFigures,
  stepNetwork,
  stepNetworkQuery,
} from './step-network.ts';

/**
 * The PDF report of a presentation as the presenter shows it: a cover, then each step with its map
 * (drawn off screen), caption and key figures. In the raadsversie every network comes redacted
 * from the server, so the PDF holds no more than the screen.
 */
export async function exportDeckPdf(
  deck: Deck,
  queryClient: QueryClient,
  onProgress: (done: number, of: number) => void = () => {},
): Promise<Uint8Array> {
  const raad = deck.view === 'raad';
  const domains = await queryClient.fetchQuery(domainsQuery()).catch(() => null);
  const domainLabel = (code: string | null) =>
    code ? (domains?.items.find((d) => d.code === code)?.label ?? code) : t.vocabulary.unknownDomain;
  const steps: ReportStep[] = [];
  for (const [i, step] of deck.steps.entries()) {
    onProgress(i + 1, deck.steps.length);
    if (!step.available) {
      steps.push({ title: step.title, caption: [step.caption, t.report.casus].filter(Boolean).join('\n\n') });
      continue;
    }
    if (step.kind === 'figures') {
      steps.push(await figuresPage(step, queryClient));
      continue;
    }
    if (step.kind === 'change') {
      steps.push(await changePage(step, raad, queryClient));
      continue;
    }
    const network = stepNetwork(
      step,
      await queryClient.fetchQuery(stepNetworkQuery(step, raad, deck.minPeople)),
    );
    // as the presenter draws it: the saved view's positions when they place every actor, otherwise
    // those kept for the map
    const level = raad ? 'organisation' : (step.filters.level ?? 'person');
    const grouped = step.styling.groupByOrganisation === true && level === 'person';
    const kept = await queryClient
      .fetchQuery(layoutQuery(mapLayoutKey(step.opgaveId ?? null, level, grouped)))
      .then((layout) => layout.positions)
      .catch(() => ({}));
    const viewPlacesAll = network.nodes.every((node) => step.positions[node.id]);
    const image = await renderMapPng(network, viewPlacesAll ? step.positions : kept);
    const legend = mapLegend(network.nodes, domainLabel);
    const place = step.opgaveName ? t.presenter.opgave(step.opgaveName) : t.presenter.wholeNetwork;
    steps.push({
      title: step.title,
      caption: [step.caption, `${place}. ${t.presenter.asOf(formatDate(stepDate(step)))}.`]
        .filter(Boolean)
        .join('\n\n'),
      image,
      figures: stepFigures(network),
      legend,
    });
  }
  return buildReport({
    title: deck.name,
    purpose: deck.purpose,
    dataDate: dataDates(deck),
    generatedOn: formatDate(today()),
    raad,
    steps,
    labels: { ...t.report, legend: t.report.legendHeading },
  });
}

/** One legend entry per domain on the map, in the map's colour and shape, in the domains' order. */
function mapLegend(
  nodes: readonly { domain?: string | null | undefined }[],
  label: (code: string | null) => string,
): ReportLegendItem[] {
  const domains = [...new Set(nodes.map((n) => n.domain ?? null))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : compareDomains(a, b),
  );
  return domains.map((domain) => {
    const look = domainAppearance(domain);
    return { label: label(domain), colour: look.colour, path: shapePath(look.shape) };
  });
}

/** A key-figures step's page: the figures then and now, and the required partners per opgave as a table. */
async function figuresPage(step: DeckStep, queryClient: QueryClient): Promise<ReportStep> {
  const figures = await queryClient.fetchQuery(
    keyFiguresQuery({
      ...(step.filters.asOf ? { asOf: step.filters.asOf } : {}),
      ...(step.compareFrom ? { compareWith: step.compareFrom } : {}),
    }),
  );
  const period = t.presenter.compared(formatDate(figures.before.date), formatDate(figures.now.date));
  const perDomain = figures.now.partnersPerDomain.map((d): [string, string] => [
    d.label,
    t.report.partners(d.partners),
  ]);
  return {
    title: step.title,
    caption: [step.caption, `${period}.`].filter(Boolean).join('\n\n'),
    figures: keyFigureRows(figures),
    tables: [
      { heading: t.presenter.perDomain, rows: perDomain },
      { heading: t.report.coverage, rows: coverageRows(figures) },
    ],
  };
}

/** A change step's page: the map of what came and went, the legend in words, the figures then and now. */
async function changePage(step: DeckStep, raad: boolean, queryClient: QueryClient): Promise<ReportStep> {
  const request = changeStepRequest(step, raad);
  const [change, before, after] = await Promise.all([
    queryClient.fetchQuery(changeRequestQuery(request)),
    fetchNetworkAt(queryClient, request, request.from),
    fetchNetworkAt(queryClient, request, request.to),
  ]);
  const elements = changeElements(before, after, change);
  // as the change screen and the presenter draw it: on the places kept for the same map and level
  const kept = await queryClient
    .fetchQuery(layoutQuery(mapLayoutKey(request.opgaveId, request.level, false)))
    .then((layout) => layout.positions)
    .catch(() => ({}));
  const image = await renderElementsPng(
    [...elements.nodes, ...elements.edges],
    [...mapStyle, ...changeStyle],
    kept,
  );
  const place = step.opgaveName ? t.presenter.opgave(step.opgaveName) : t.presenter.wholeNetwork;
  const period = t.presenter.between(formatDate(request.from), formatDate(request.to));
  return {
    title: step.title,
    caption: [step.caption, `${place}. ${period}.`, t.report.changeLegend].filter(Boolean).join('\n\n'),
    image,
    figures: changeFigures(change),
  };
}

/** The days the steps show, in order: one date for most presentations. */
export function dataDates(deck: Deck): string {
  const days = [...new Set(deck.steps.filter((s) => s.available).flatMap(stepDates))].sort();
  return days.length ? days.map(formatDate).join(', ') : formatDate(today());
}
