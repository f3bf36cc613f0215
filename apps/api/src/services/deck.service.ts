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

// styling a council version may keep: it names no one
const RAAD_STYLING = new Set(['sizeBy', 'colourBy', 'layout', 'showLabels', 'compareFrom', 'slide']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Blacks out every person's name and id in free text. Names are matched whole and regardless of
 * case, longest first, so "Anna de Vries" goes before "Anna".
 */
export function personRedactor(db: Db): (text: string) => { text: string; count: number } {
  const people = db.prepare('SELECT id, name FROM people').all() as { id: string; name: string }[];
  const words = [...new Set(people.flatMap((p) => [p.name.trim(), p.id]).filter((w) => w.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0) return (text) => ({ text, count: 0 });
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_-])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_-])`,
    'giu',
  );
  return (text) => {
    let count = 0;
    const out = text.replace(pattern, () => {
      count++;
      return REDACTED;
    });
    return { text: out, count };
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
    const base = {
      number: steps.length + 1,
      kind: stepKindOf(view.styling),
      compareFrom,
      viewId: view.id,
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
  return Object.fromEntries(Object.entries(styling).filter(([key]) => RAAD_STYLING.has(key)));
}
