import { readFileSync } from 'node:fs';

/** The Zuid-Limburg sample network that every browser test starts from. */
export const sample = JSON.parse(
  readFileSync(new URL('../../data-samples/zuid-limburg.json', import.meta.url), 'utf8'),
) as { people: { id: string; name: string }[]; opgaven: { id: string; kind: string; name: string }[] };

const idPatterns = sample.people.map((p) => ({ id: p.id, pattern: new RegExp(`\\b${p.id}\\b`) }));

/** Every person name (in any case) and id (as a whole word) of the sample network that occurs in a text. */
export function personLeaks(text: string): string[] {
  const lower = text.toLowerCase();
  const leaks = sample.people.filter((p) => lower.includes(p.name.toLowerCase())).map((p) => p.name);
  for (const { id, pattern } of idPatterns) if (pattern.test(text)) leaks.push(id);
  return leaks;
}
