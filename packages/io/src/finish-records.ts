import type { ImportRecords } from './import-records.ts';
import { DEFAULT_LINK_KIND, UNKNOWN_DOMAIN, UNKNOWN_TYPE } from './io-format.ts';
import { dateFromText } from './scalar-text.ts';
import { weightScale } from './strength-rule.ts';

const blank = (value: unknown) => value === undefined || value === null || value === '';

function normaliseDates(data: Record<string, unknown>): void {
  for (const field of ['since', 'until']) {
    const value = data[field];
    if (typeof value === 'string') data[field] = dateFromText(value) ?? value;
  }
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/**
 * What every reader does last: fills the defaults a file from another tool leaves out (domain and type
 * `onbekend` for organisations, kind `overleg` for ties), turns weights into strengths by the rule in
 * `strength-rule.ts` (keeping `weight`), writes dates as `YYYY-MM-DD`, and says what it did in `notes`.
 */
export function finishRecords(records: ImportRecords): ImportRecords {
  const notes = [...(records.notes ?? [])];
  let noDomain = 0;
  let noType = 0;
  for (const { data } of records.organisations) {
    if (blank(data.domain)) {
      data.domain = UNKNOWN_DOMAIN;
      noDomain++;
    }
    if (blank(data.type)) {
      data.type = UNKNOWN_TYPE;
      noType++;
    }
  }
  if (noDomain > 0)
    notes.push(
      `${count(noDomain, 'organisatie zonder domein kreeg', 'organisaties zonder domein kregen')} het domein "${UNKNOWN_DOMAIN}"; kies later op de kaart het goede domein.`,
    );
  if (noType > 0)
    notes.push(
      `${count(noType, 'organisatie zonder soort kreeg', 'organisaties zonder soort kregen')} de soort "${UNKNOWN_TYPE}".`,
    );
  for (const { data } of records.people) {
    const memberships = data.memberships;
    if (Array.isArray(memberships))
      for (const membership of memberships)
        if (typeof membership === 'object' && membership !== null)
          normaliseDates(membership as Record<string, unknown>);
  }
  // Our own GEXF export writes the strength as the edge weight too: a weight equal to the strength
  // beside it says nothing new.
  for (const { data } of records.links) {
    if (!blank(data.strength) && data.weight !== undefined && Number(data.weight) === Number(data.strength))
      delete data.weight;
  }
  let rounded = 0;
  for (const { data } of records.links) {
    const strength = data.strength;
    if (typeof strength === 'number' && !Number.isInteger(strength) && strength >= 1 && strength <= 5) {
      data.strength = Math.round(strength);
      rounded++;
    }
  }
  if (rounded > 0)
    notes.push(
      `${count(rounded, 'sterkte met decimalen is', 'sterktes met decimalen zijn')} afgerond op een heel getal (bijvoorbeeld 2,5 wordt 3).`,
    );
  let noKind = 0;
  const weighted = records.links.filter(({ data }) => blank(data.strength) && !blank(data.weight));
  const scale = weightScale(weighted.map(({ data }) => data.weight));
  for (const { data } of records.links) {
    if (blank(data.kind)) {
      data.kind = DEFAULT_LINK_KIND;
      noKind++;
    }
    normaliseDates(data);
  }
  for (const { data } of weighted) {
    const strength = scale.strengthOf(data.weight);
    if (strength !== undefined) data.strength = strength;
  }
  if (noKind > 0)
    notes.push(
      `${count(noKind, 'verbinding zonder soort kreeg', 'verbindingen zonder soort kregen')} de soort "${DEFAULT_LINK_KIND}".`,
    );
  if (scale.note && weighted.length > 0) notes.push(scale.note);
  if (notes.length > 0) records.notes = notes;
  return records;
}
