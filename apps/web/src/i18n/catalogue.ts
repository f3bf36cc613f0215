import { type Catalogue, nl } from './nl.ts';

/** The active catalogue. Components read strings from here, never inline. */
export const t: Catalogue = nl;

const dateFormat = new Intl.DateTimeFormat(nl.locale, { dateStyle: 'long', timeZone: 'UTC' });

/** `2025-03-01` as `1 maart 2025`; anything that is not a calendar day is returned unchanged. */
export function formatDate(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDay : dateFormat.format(date);
}
