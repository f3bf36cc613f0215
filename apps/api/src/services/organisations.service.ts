import type { Organisation, OrganisationCreate, OrganisationUpdate, Page } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { conflict, notFound, unprocessable } from '../http/problem.ts';
import type { Access } from '../policy/access.ts';
import { assertMayDeleteActor } from '../policy/rules.ts';
import { organisationsTable as table } from '../repos/tables.ts';
import { newId, now } from './ids.ts';
import { refuseDuplicate } from './names.ts';
import { assertNewActorId, deleteAnnotationsOf, RefCheck } from './refs.ts';

export type OrganisationFilter = {
  q?: string | undefined;
  domain?: string | undefined;
  type?: string | undefined;
  parentId?: string | undefined;
  region?: string | undefined;
  limit: number;
  offset: number;
};

const MEMBER_COUNT = `(SELECT count(*) FROM memberships m WHERE m.organisation_id = t.id)`;

function withCount(db: Db, org: Record<string, unknown>): Organisation {
  const memberCount = db
    .prepare('SELECT count(*) FROM memberships WHERE organisation_id = ?')
    .pluck()
    .get(org.id) as number;
  return { ...(org as Organisation), memberCount };
}

export function listOrganisations(db: Db, f: OrganisationFilter): Page<Organisation> {
  const conditions = f.type ? [{ sql: 't.type = ? COLLATE NOCASE', params: [f.type] }] : [];
  const { items, total } = table.list(db, {
    where: { domain: f.domain, parentId: f.parentId, region: f.region },
    conditions,
    q: f.q,
    limit: f.limit,
    offset: f.offset,
  });
  const counts = db.prepare(`SELECT ${MEMBER_COUNT} AS n FROM organisations t WHERE t.id = ?`).pluck();
  return {
    items: items.map((o) => ({ ...(o as Organisation), memberCount: counts.get(o.id) as number })),
    total,
    limit: f.limit,
    offset: f.offset,
  };
}

/** The kinds of organisation in the store, the most used first. */
export function organisationTypesInUse(db: Db): string[] {
  return db
    .prepare('SELECT type FROM organisations GROUP BY type ORDER BY COUNT(*) DESC, type')
    .pluck()
    .all() as string[];
}

export function getOrganisation(db: Db, id: string): Organisation {
  const row = table.get(db, id);
  if (!row) throw notFound('Organisatie', id);
  return withCount(db, row);
}

function checkRefs(db: Db, id: string | undefined, input: OrganisationUpdate): void {
  const check = new RefCheck(db)
    .require('domain', 'domains', input.domain)
    .require('parentId', 'organisations', input.parentId);
  if (id && input.parentId) {
    // Walk up from the new parent: meeting ourselves would make a cycle.
    let cursor: string | null = input.parentId;
    const seen = new Set<string>();
    while (cursor && !seen.has(cursor)) {
      if (cursor === id) {
        check.add('parentId', 'een organisatie kan niet onder zichzelf vallen');
        break;
      }
      seen.add(cursor);
      cursor =
        (db.prepare('SELECT parent_id FROM organisations WHERE id = ?').pluck().get(cursor) as
          | string
          | null) ?? null;
    }
  }
  check.throwIfAny();
}

export function createOrganisation(db: Db, input: OrganisationCreate): Organisation {
  return db.transaction(() => {
    const { allowDuplicate, ...organisation } = input;
    const id = organisation.id ?? newId('org');
    assertNewActorId(db, id);
    checkRefs(db, undefined, organisation);
    if (!allowDuplicate) refuseDuplicate(db, 'organisation', organisation.name);
    const stamp = now();
    db.prepare("INSERT INTO actors (id, kind) VALUES (?, 'organisation')").run(id);
    table.insert(db, { ...organisation, id, createdAt: stamp, updatedAt: stamp });
    return getOrganisation(db, id);
  })();
}

export function updateOrganisation(db: Db, id: string, patch: OrganisationUpdate): Organisation {
  return db.transaction(() => {
    getOrganisation(db, id);
    checkRefs(db, id, patch);
    table.update(db, id, { ...patch, updatedAt: now() });
    return getOrganisation(db, id);
  })();
}

export function deleteOrganisation(db: Db, id: string, cascade: boolean): void {
  db.transaction(() => {
    getOrganisation(db, id);
    const count = (sql: string) => db.prepare(sql).pluck().get(id) as number;
    const members = count('SELECT count(*) FROM memberships WHERE organisation_id = ?');
    const links = db
      .prepare('SELECT count(*) FROM links WHERE source_id = ? OR target_id = ?')
      .pluck()
      .get(id, id) as number;
    const children = count('SELECT count(*) FROM organisations WHERE parent_id = ?');
    if ((members || links || children) && !cascade) {
      throw conflict(
        `De organisatie heeft nog ${members} leden, ${links} verbindingen en ${children} onderdelen. Verwijder die eerst of gebruik ?cascade=true.`,
        { members, links, children },
      );
    }
    db.prepare('DELETE FROM memberships WHERE organisation_id = ?').run(id);
    for (const linkId of db
      .prepare('SELECT id FROM links WHERE source_id = ? OR target_id = ?')
      .pluck()
      .all(id, id)) {
      deleteAnnotationsOf(db, 'link', String(linkId));
    }
    db.prepare('DELETE FROM links WHERE source_id = ? OR target_id = ?').run(id, id);
    db.prepare('UPDATE organisations SET parent_id = NULL WHERE parent_id = ?').run(id);
    deleteAnnotationsOf(db, 'organisation', id);
    const removed = db.prepare('DELETE FROM actors WHERE id = ?').run(id).changes;
    if (removed !== 1) throw unprocessable([{ field: 'id', message: 'verwijderen mislukt' }]);
  })();
}

// ---------------------------------------------------------------- as the caller, through the policy

/** Refused when the organisation takes part in a casus outside the caller's team. */
export function deleteOrganisationAs(access: Access, id: string, cascade: boolean): void {
  assertMayDeleteActor(access, id, 'organisatie');
  deleteOrganisation(access.db, id, cascade);
}
