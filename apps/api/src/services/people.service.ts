import type { MembershipInput, Page, Person, PersonCreate, PersonUpdate } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { conflict, notFound } from '../http/problem.ts';
import type { Access } from '../policy/access.ts';
import { assertMayDeleteActor } from '../policy/rules.ts';
import { membershipsTable, peopleTable as table } from '../repos/tables.ts';
import { newId, now } from './ids.ts';
import { refuseDuplicate } from './names.ts';
import { assertNewActorId, deleteAnnotationsOf, RefCheck } from './refs.ts';

export type PersonFilter = {
  q?: string | undefined;
  organisationId?: string | undefined;
  function?: string | undefined;
  limit: number;
  offset: number;
};

function membershipsOf(db: Db, personIds: string[]): Map<string, Person['memberships']> {
  const out = new Map<string, Person['memberships']>();
  if (personIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT m.*, o.name AS organisation_name FROM memberships m JOIN organisations o ON o.id = m.organisation_id
       WHERE m.person_id IN (SELECT value FROM json_each(?)) ORDER BY m.since, m.id`,
    )
    .all(JSON.stringify(personIds)) as Record<string, unknown>[];
  for (const row of rows) {
    const personId = String(row.person_id);
    const list = out.get(personId) ?? [];
    list.push({
      id: String(row.id),
      organisationId: String(row.organisation_id),
      organisationName: String(row.organisation_name),
      role: (row.role as string | null) ?? null,
      since: (row.since as string | null) ?? null,
      until: (row.until as string | null) ?? null,
    });
    out.set(personId, list);
  }
  return out;
}

export function listPeople(db: Db, f: PersonFilter): Page<Person> {
  const conditions = [];
  if (f.organisationId) {
    conditions.push({
      sql: 't.id IN (SELECT person_id FROM memberships WHERE organisation_id = ?)',
      params: [f.organisationId],
    });
  }
  if (f.function) conditions.push({ sql: 't.function = ? COLLATE NOCASE', params: [f.function] });
  const { items, total } = table.list(db, { conditions, q: f.q, limit: f.limit, offset: f.offset });
  const memberships = membershipsOf(
    db,
    items.map((p) => String(p.id)),
  );
  return {
    items: items.map((p) => ({
      ...(p as Omit<Person, 'memberships'>),
      memberships: memberships.get(String(p.id)) ?? [],
    })),
    total,
    limit: f.limit,
    offset: f.offset,
  };
}

export function getPerson(db: Db, id: string): Person {
  const row = table.get(db, id);
  if (!row) throw notFound('Persoon', id);
  return { ...(row as Omit<Person, 'memberships'>), memberships: membershipsOf(db, [id]).get(id) ?? [] };
}

function checkMemberships(db: Db, memberships: MembershipInput[] | undefined): void {
  const check = new RefCheck(db);
  memberships?.forEach((m, i) => {
    check.require(`memberships.${i}.organisationId`, 'organisations', m.organisationId);
  });
  check.throwIfAny();
}

function writeMemberships(db: Db, personId: string, memberships: MembershipInput[]): void {
  db.prepare('DELETE FROM memberships WHERE person_id = ?').run(personId);
  const seen = new Set<string>();
  for (const m of memberships) {
    const id = m.id && !seen.has(m.id) ? m.id : newId('mem');
    seen.add(id);
    const taken = db.prepare('SELECT person_id FROM memberships WHERE id = ?').pluck().get(id);
    if (taken !== undefined) throw conflict(`Lidmaatschap "${id}" hoort al bij een andere persoon.`);
    membershipsTable.insert(db, { ...m, id, personId });
  }
}

export function createPerson(db: Db, input: PersonCreate): Person {
  return db.transaction(() => {
    const { allowDuplicate, ...person } = input;
    const id = person.id ?? newId('per');
    assertNewActorId(db, id);
    if (!allowDuplicate) refuseDuplicate(db, 'person', person.name);
    checkMemberships(db, input.memberships);
    const stamp = now();
    db.prepare("INSERT INTO actors (id, kind) VALUES (?, 'person')").run(id);
    const { memberships, ...fields } = person;
    table.insert(db, { ...fields, id, createdAt: stamp, updatedAt: stamp });
    writeMemberships(db, id, memberships);
    return getPerson(db, id);
  })();
}

export function updatePerson(db: Db, id: string, patch: PersonUpdate): Person {
  return db.transaction(() => {
    getPerson(db, id);
    checkMemberships(db, patch.memberships);
    const { memberships, ...fields } = patch;
    table.update(db, id, { ...fields, updatedAt: now() });
    if (memberships) writeMemberships(db, id, memberships);
    return getPerson(db, id);
  })();
}

export function deletePerson(db: Db, id: string, cascade: boolean): void {
  db.transaction(() => {
    getPerson(db, id);
    const links = db
      .prepare('SELECT id FROM links WHERE source_id = ? OR target_id = ?')
      .pluck()
      .all(id, id) as string[];
    if (links.length && !cascade) {
      throw conflict(
        `De persoon heeft nog ${links.length} verbindingen. Verwijder die eerst of gebruik ?cascade=true.`,
        { links: links.length },
      );
    }
    for (const linkId of links) deleteAnnotationsOf(db, 'link', linkId);
    db.prepare('DELETE FROM links WHERE source_id = ? OR target_id = ?').run(id, id);
    deleteAnnotationsOf(db, 'person', id);
    db.prepare('DELETE FROM actors WHERE id = ?').run(id);
  })();
}

// ---------------------------------------------------------------- as the caller, through the policy

/** A person record read is logged: a professional may ask who viewed theirs (AVG art. 15). */
export function getPersonAs(access: Access, id: string): Person {
  access.audit.logRead = true;
  return getPerson(access.db, id);
}

/** Refused when the person takes part in a casus outside the caller's team. */
export function deletePersonAs(access: Access, id: string, cascade: boolean): void {
  assertMayDeleteActor(access, id, 'persoon');
  deletePerson(access.db, id, cascade);
}
