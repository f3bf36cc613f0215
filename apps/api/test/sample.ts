import { readFileSync } from 'node:fs';
import type { DatasetInput } from '@regiekaart/model';

/** The Zuid-Limburg sample network, as the harness imports it. */
export const sample = JSON.parse(
  readFileSync(new URL('../../../data-samples/zuid-limburg.json', import.meta.url), 'utf8'),
) as DatasetInput;
/** The sample's professionals (every one has an id there). */
export const samplePeople = sample.people as { id: string; name: string }[];

const idPatterns = samplePeople.map((p) => ({ id: p.id, pattern: new RegExp(`\\b${p.id}\\b`) }));

/** Every person name (in any case) and id (as a whole word) of the sample network that occurs in a text. */
export function personLeaks(text: string): string[] {
  const lower = text.toLowerCase();
  const leaks = samplePeople.filter((p) => lower.includes(p.name.toLowerCase())).map((p) => p.name);
  for (const { id, pattern } of idPatterns) if (pattern.test(text)) leaks.push(id);
  return leaks;
}
