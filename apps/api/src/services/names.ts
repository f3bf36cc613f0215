import type { ImportCandidate } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { ApiError } from '../http/problem.ts';

/** A name as people mean it: no case, no accents, single spaces ("  Café  de Kroon" = "cafe de kroon"). */
export function normaliseName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** People and organisations by normalised name (and organisations by short name), with what tells them apart. */
export function actorsByName(db: Db): Map<string, ImportCandidate[]> {
  const index = new Map<string, ImportCandidate[]>();
  const add = (key: string | null, c: ImportCandidate) => {
    if (!key) return;
    const k = normaliseName(key);
    const list = index.get(k);
    if (!list) index.set(k, [c]);
    else if (!list.some((x) => x.id === c.id)) list.push(c);
  };
  for (const o of db.prepare('SELECT id, name, short_name FROM organisations').all() as {
    id: string;
    name: string;
    short_name: string | null;
  }[]) {
    const c: ImportCandidate = { id: o.id, kind: 'organisation', name: o.name, organisation: null };
    add(o.name, c);
    add(o.short_name, c);
  }
  for (const p of db
    .prepare(
      `SELECT p.id, p.name, (SELECT group_concat(o.name, ', ') FROM memberships m JOIN organisations o ON o.id = m.organisation_id
         WHERE m.person_id = p.id) AS orgs FROM people p`,
    )
    .all() as { id: string; name: string; orgs: string | null }[]) {
    add(p.name, { id: p.id, kind: 'person', name: p.name, organisation: p.orgs });
  }
  return index;
}

/** Existing records of this kind whose normalised name equals `name`. */
export function sameNamed(db: Db, kind: 'person' | 'organisation', name: string): ImportCandidate[] {
  const key = normaliseName(name);
  const rows =
    kind === 'organisation'
      ? (db.prepare('SELECT id, name, short_name FROM organisations').all() as {
          id: string;
          name: string;
          short_name: string | null;
        }[])
      : (db.prepare('SELECT id, name, NULL AS short_name FROM people').all() as {
          id: string;
          name: string;
          short_name: null;
        }[]);
  const hits = rows.filter(
    (r) => normaliseName(r.name) === key || (r.short_name && normaliseName(r.short_name) === key),
  );
  return hits.map((r) => ({
    id: r.id,
    kind,
    name: r.name,
    organisation:
      kind === 'person'
        ? ((db
            .prepare(
              `SELECT group_concat(o.name, ', ') FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.person_id = ?`,
            )
            .pluck()
            .get(r.id) as string | null) ?? null)
        : null,
  }));
}

/** 409 naming the existing records when a new person or organisation would repeat a name. */
export function refuseDuplicate(db: Db, kind: 'person' | 'organisation', name: string): void {
  const existing = sameNamed(db, kind, name);
  if (!existing.length) return;
  const what = kind === 'person' ? 'persoon' : 'organisatie';
  const list = existing.map((c) => (c.organisation ? `${c.name} (${c.organisation})` : c.name)).join(', ');
  throw new ApiError(
    409,
    'Bestaat deze al?',
    `Er bestaat al een ${what} met deze naam: ${list}. Kies die, of maak toch een nieuwe aan (allowDuplicate).`,
    [{ field: 'name', message: `een ${what} met deze naam bestaat al` }],
    { candidates: existing },
  );
}
