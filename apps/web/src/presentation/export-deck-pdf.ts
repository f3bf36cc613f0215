import type { Deck } from '@regiekaart/model';
import type { QueryClient } from '@tanstack/react-query';
import { today } from '../api/use-map-network.ts';
import { formatDate, t } from '../i18n/catalogue.ts';
import { buildReport, type ReportStep } from './pdf-report.ts';
import { renderMapPng } from './render-map-png.ts';
import { stepDate, stepFigures, stepNetwork, stepNetworkQuery } from './step-network.ts';

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
  const steps: ReportStep[] = [];
  for (const [i, step] of deck.steps.entries()) {
    onProgress(i + 1, deck.steps.length);
    if (!step.available) {
      steps.push({ title: step.title, caption: [step.caption, t.report.casus].filter(Boolean).join('\n\n') });
      continue;
    }
    const network = stepNetwork(
      step,
      await queryClient.fetchQuery(stepNetworkQuery(step, raad, deck.minPeople)),
    );
    const image = await renderMapPng(network, step.positions);
    const place = step.opgaveName ? t.presenter.opgave(step.opgaveName) : t.presenter.wholeNetwork;
    steps.push({
      title: step.title,
      caption: [step.caption, `${place}. ${t.presenter.asOf(formatDate(stepDate(step)))}.`]
        .filter(Boolean)
        .join('\n\n'),
      image,
      figures: stepFigures(network),
    });
  }
  return buildReport({
    title: deck.name,
    purpose: deck.purpose,
    dataDate: dataDates(deck),
    generatedOn: formatDate(today()),
    raad,
    steps,
    labels: t.report,
  });
}

/** The days the steps show, in order: one date for most presentations. */
export function dataDates(deck: Deck): string {
  const days = [...new Set(deck.steps.filter((s) => s.available).map(stepDate))].sort();
  return days.length ? days.map(formatDate).join(', ') : formatDate(today());
}
