import type { Link, LinkCreate, LinkUpdate, Page } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/problem.ts';
import { linksTable as table } from '../repos/tables.ts';
import { newId, now } from './ids.ts';
import { assertNewId, deleteAnnotationsOf, RefCheck } from './refs.ts';

export type LinkFilter = {
  q?: string | undefined;
  actorId?: string | undefined;
  sourceId?: string | undefined;
  targetId?: string | undefined;
  kind?: string | undefined;
  minStrength?: number | undefined;
  asOf?: string | undefined;
  limit: number;
  offset: number;
};

export function listLinks(db: Db, f: LinkFilter): Page<Link> {
  const conditions = [];
  if (f.actorId)
    conditions.push({ sql: '(t.source_id = ? OR t.target_id = ?)', params: [f.actorId, f.actorId] });
  if (f.minStrength) conditions.push({ sql: 't.strength >= ?', params: [f.minStrength] });
  if (f.asOf) {
    conditions.push({
      sql: '(t.since IS NULL OR t.since <= ?) AND (t.until IS NULL OR t.until >= ?)',
      params: [f.asOf, f.asOf],
    });
  }
  const { items, total } = table.list(db, {
    where: { sourceId: f.sourceId, targetId: f.targetId, kind: f.kind },
    conditions,
    q: f.q,
    limit: f.limit,
    offset: f.offset,
  });
  return { items: items as Link[], total, limit: f.limit, offset: f.offset };
}

export function getLink(db: Db, id: string): Link {
  const row = table.get(db, id);
  if (!row) throw notFound('Verbinding', id);
  return row as Link;
}

function checkRefs(db: Db, input: LinkUpdate, current?: Link): void {
  const check = new RefCheck(db)
    .require('sourceId', 'actors', input.sourceId)
    .require('targetId', 'actors', input.targetId)
    .require('kind', 'link_kinds', input.kind);
  if (current) {
    const source = input.sourceId ?? current.sourceId;
    const target = input.targetId ?? current.targetId;
    if (source === target) check.add('targetId', 'een verbinding verbindt twee verschillende actoren');
    const since = input.since === undefined ? current.since : input.since;
    const until = input.until === undefined ? current.until : input.until;
    if (since && until && since > until) check.add('until', '"tot" ligt vóór "sinds"');
  }
  check.throwIfAny();
}

export function createLink(db: Db, input: LinkCreate): Link {
  return db.transaction(() => {
    const id = input.id ?? newId('lnk');
    assertNewId(db, 'links', id);
    checkRefs(db, input);
    const stamp = now();
    table.insert(db, { ...input, id, createdAt: stamp, updatedAt: stamp });
    return getLink(db, id);
  })();
}

export function updateLink(db: Db, id: string, patch: LinkUpdate): Link {
  return db.transaction(() => {
    const current = getLink(db, id);
    checkRefs(db, patch, current);
    table.update(db, id, { ...patch, updatedAt: now() });
    return getLink(db, id);
  })();
}

export function deleteLink(db: Db, id: string): void {
  db.transaction(() => {
    getLink(db, id);
    deleteAnnotationsOf(db, 'link', id);
    table.remove(db, id);
  })();
}
