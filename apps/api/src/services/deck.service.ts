import {
  compareFromOf,
  type Deck,
  type DeckQuery,
  type DeckStep,
  type OpgaveKind,
  stepKindOf,
  type View,
  type ViewFilters,
  type ViewStyling,
} from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import type { Access } from '../policy/access.ts';
import { getPresentation } from './presentations.service.ts';
import { getView } from './views.service.ts';

/** What stands in for a person's name or id in a text of the raadsversie. */
export const REDACTED = '[naam]';

// styling a council version may keep, each with the values it may have: it names no one
const IDENTIFIER = /^[a-z][a-zA-Z0-9-]{0,39}$/;
const RAAD_STYLING: Record<string, (value: unknown) => boolean> = {
  sizeBy: (v) => typeof v === 'string' && IDENTIFIER.test(v),
  colourBy: (v) => typeof v === 'string' && IDENTIFIER.test(v),
  layout: (v) => typeof v === 'string' && IDENTIFIER.test(v),
  showLabels: (v) => typeof v === 'boolean',
  compareFrom: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  slide: (v) => v === 'kerncijfers',
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// any run of spaces, tabs, line breaks, non-breaking or other Unicode spaces, or underscores
const GAP = '[\\s\\p{Z}_]+';
// titles and initials that may stand before a surname: "mevrouw", "dhr.", "Y.", "A.B."
const TITLES =
  '(?:(?:mevrouw|mevr\\.?|mw\\.?|meneer|mnr\\.?|dhr\\.?|de\\s+heer|heer|mr\\.?|dr\\.?|drs\\.?|ing\\.?|ir\\.?|prof\\.?)[\\s\\p{Z}_]*)*';
const INITIALS = '(?:(?:\\p{L}\\.[\\s\\p{Z}_]*){1,4})?';
const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_AFTER = '(?![\\p{L}\\p{N}])';

/** Words of a name, as a pattern that any whitespace or underscore may separate. */
const phrase = (words: string[]) => words.map(escapeRegExp).join(GAP);

/**
 * The ways a stored name may be written: in full, or by surname (with any tussenvoegsel, and the
 * last word alone when it is long enough to be a name), each perhaps after titles and initials.
 */
function namePatterns(name: string): string[] {
  const words = name
    .normalize('NFKC')
    .split(/[\s\p{Z}_]+/u)
    .filter(Boolean);
  if (words.length === 0) return [];
  const patterns = [phrase(words)];
  if (words.length >= 2) {
    const surname = words.slice(1);
    patterns.push(`${TITLES}${INITIALS}${phrase(surname)}`);
    const last = words[words.length - 1] as string;
    if (surname.length > 1 && last.length >= 4) patterns.push(`${TITLES}${INITIALS}${escapeRegExp(last)}`);
  }
  return patterns;
}

/** Text as the redactor reads it: compatibility forms folded, zero-width characters gone. */
const normaliseText = (text: string) => text.normalize('NFKC').replace(/\p{Cf}/gu, '');

/**
 * Blacks out every person's name and id in free text. A name matches in full or by surname, with
 * titles and initials before it, whatever whitespace or underscores stand between its words, and
 * regardless of case; longest first, so "Anna de Vries" goes before "Anna". Underscores and hyphens
 * count as word boundaries, so `Naam_team` loses the name too.
 */
export function personRedactor(db: Db): (text: string) => { text: string; count: number } {
  const people = db.prepare('SELECT id, name FROM people').all() as { id: string; name: string }[];
  const patterns = [
    ...new Set(
      people.flatMap((p) => [
        ...(p.name.trim().length >= 2 ? namePatterns(p.name) : []),
        ...(p.id.length >= 2 ? [escapeRegExp(p.id)] : []),
      ]),
    ),
  ].sort((a, b) => b.length - a.length);
  if (patterns.length === 0) return (text) => ({ text, count: 0 });
  const pattern = new RegExp(`${LETTER_BEFORE}(?:${patterns.join('|')})${LETTER_AFTER}`, 'giu');
  return (text) => {
    let count = 0;
    const out = normaliseText(text).replace(pattern, () => {
      count++;
      return REDACTED;
    });
    return count ? { text: out, count } : { text, count: 0 };
  };
}

type OpgaveRow = { id: string; name: string; kind: OpgaveKind };

/**
 * A presentation's steps with their saved views resolved. In the raadsversie (`view=raad`) nothing
 * names or points at a person: positions and the focus keep organisations only, the level is
 * organisation, styling keeps only its harmless keys, casus steps are left without their map, and
 * person names or ids written into titles and captions are blacked out. Steps on casussen the
 * caller may not see are left out, as everywhere.
 */
export function presentationDeck(db: Db, id: string, query: DeckQuery, access: Access): Deck {
  const hidden = access.hiddenCasusIds();
  const presentation = getPresentation(db, id);
  const mode = query.view ?? (presentation.raad ? 'raad' : 'werk');
  const raad = mode === 'raad';
  const organisations = new Set(
    db.prepare("SELECT id FROM actors WHERE kind = 'organisation'").pluck().all() as string[],
  );
  const opgave = db.prepare('SELECT id, name, kind FROM opgaven WHERE id = ?');
  const redact = raad ? personRedactor(db) : null;
  let redactions = 0;
  const clean = (text: string): string => {
    if (!redact) return text;
    const result = redact(text);
    redactions += result.count;
    return result.text;
  };

  const steps: DeckStep[] = [];
  for (const step of presentation.steps) {
    let view: View;
    try {
      view = getView(db, step.viewId);
    } catch {
      continue; // a view deleted in the meantime leaves its step
    }
    if (view.opgaveId && hidden.has(view.opgaveId)) continue;
    // a step on a casus is a read of that casus, even when the raadsversie leaves its map out
    access.noteOpgave(view.opgaveId);
    const o = view.opgaveId ? (opgave.get(view.opgaveId) as OpgaveRow | undefined) : undefined;
    const casusInRaad = raad && o?.kind === 'casus';
    const compareFrom = compareFromOf(view.styling);
    const number = steps.length + 1;
    const base = {
      number,
      kind: stepKindOf(view.styling),
      compareFrom,
      // a view's id may be typed by hand and name someone: the raadsversie numbers its steps instead
      viewId: raad ? `stap-${number}` : view.id,
      title: clean(step.title),
      caption: step.caption ? clean(step.caption) : null,
    };
    if (casusInRaad) {
      steps.push({
        ...base,
        available: false,
        unavailableReason: 'casus',
        opgaveId: null,
        opgaveName: null,
        opgaveKind: 'casus',
        filters: {},
        styling: {},
        positions: {},
      });
      continue;
    }
    steps.push({
      ...base,
      available: true,
      unavailableReason: null,
      opgaveId: o?.id ?? null,
      opgaveName: o ? clean(o.name) : null,
      opgaveKind: o?.kind ?? null,
      filters: raad ? raadFilters(view.filters, organisations) : view.filters,
      styling: raad ? raadStyling(view.styling) : view.styling,
      positions: raad
        ? Object.fromEntries(Object.entries(view.positions).filter(([key]) => organisations.has(key)))
        : view.positions,
    });
  }
  return {
    id: presentation.id,
    name: clean(presentation.name),
    purpose: presentation.purpose ? clean(presentation.purpose) : null,
    raad: presentation.raad,
    view: mode,
    minPeople: query.minPeople,
    steps,
    redactions,
  };
}

function raadFilters(filters: ViewFilters, organisations: ReadonlySet<string>): ViewFilters {
  const { focus, organisations: only, ...rest } = filters;
  const kept = only?.filter((o) => organisations.has(o));
  return {
    ...rest,
    level: 'organisation',
    ...(focus && organisations.has(focus) ? { focus } : {}),
    ...(kept?.length ? { organisations: kept } : {}),
  };
}

function raadStyling(styling: ViewStyling): ViewStyling {
  return Object.fromEntries(Object.entries(styling).filter(([key, value]) => RAAD_STYLING[key]?.(value)));
}
