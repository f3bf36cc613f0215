import type { Annotation, AnnotationCreate, AnnotationUpdate, Page } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/problem.ts';
import type { Access } from '../policy/access.ts';
import { checkChosenId } from '../policy/rules.ts';
import { annotationsTable as table } from '../repos/tables.ts';
import { newId, now } from './ids.ts';
import { actorKind, assertNewId, exists, RefCheck } from './refs.ts';

export type AnnotationFilter = {
  q?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  opgaveId?: string | undefined;
  isAction?: boolean | undefined;
  actionStatus?: string | undefined;
  owner?: string | undefined;
  tag?: string | undefined;
  /** casussen the caller may not see: their notes are left out */
  hidden?: readonly string[] | undefined;
  limit: number;
  offset: number;
};

/** The whole-network map is annotated with this target id. */
export const WHOLE_NETWORK = 'network';

export function listAnnotations(db: Db, f: AnnotationFilter): Page<Annotation> {
  const conditions = f.tag
    ? [{ sql: 'EXISTS (SELECT 1 FROM json_each(t.tags) WHERE value = ?)', params: [f.tag] }]
    : [];
  if (f.hidden?.length) {
    const hidden = JSON.stringify(f.hidden);
    conditions.push({
      sql: `NOT (coalesce(t.opgave_id IN (SELECT value FROM json_each(?)), 0)
        OR (t.target_type IN ('opgave', 'map') AND t.target_id IN (SELECT value FROM json_each(?)))
        OR (t.target_type = 'view' AND t.target_id IN (SELECT id FROM views WHERE opgave_id IN (SELECT value FROM json_each(?)))))`,
      params: [hidden, hidden, hidden],
    });
  }
  const { items, total } = table.list(db, {
    where: {
      targetType: f.targetType,
      targetId: f.targetId,
      opgaveId: f.opgaveId,
      isAction: f.isAction,
      actionStatus: f.actionStatus,
      owner: f.owner,
    },
    conditions,
    q: f.q,
    limit: f.limit,
    offset: f.offset,
  });
  return { items: items as Annotation[], total, limit: f.limit, offset: f.offset };
}

export function getAnnotation(db: Db, id: string): Annotation {
  const row = table.get(db, id);
  if (!row) throw notFound('Notitie', id);
  return row as Annotation;
}

function targetExists(
  db: Db,
  type: Annotation['targetType'],
  id: string,
  hidden: ReadonlySet<string>,
): boolean {
  switch (type) {
    case 'organisation':
    case 'person':
      return actorKind(db, id) === type;
    case 'link':
      return exists(db, 'links', id);
    case 'opgave':
      return exists(db, 'opgaven', id) && !hidden.has(id);
    case 'map':
      return id === WHOLE_NETWORK || (exists(db, 'opgaven', id) && !hidden.has(id));
    case 'template':
      return exists(db, 'templates', id);
    case 'view': {
      const opgaveId = db.prepare('SELECT opgave_id FROM views WHERE id = ?').pluck().get(id) as
        | string
        | null
        | undefined;
      return opgaveId !== undefined && !(opgaveId !== null && hidden.has(opgaveId));
    }
  }
}

export function createAnnotation(
  db: Db,
  input: AnnotationCreate,
  hidden: ReadonlySet<string> = new Set(),
): Annotation {
  return db.transaction(() => {
    const id = input.id ?? newId('ann');
    assertNewId(db, 'annotations', id);
    const check = new RefCheck(db, hidden).require('opgaveId', 'opgaven', input.opgaveId);
    if (!targetExists(db, input.targetType, input.targetId, hidden)) {
      check.add('targetId', `${input.targetType} "${input.targetId}" bestaat niet`);
    }
    check.throwIfAny();
    const stamp = now();
    const opgaveId =
      input.opgaveId ??
      (input.targetType === 'opgave' || (input.targetType === 'map' && input.targetId !== WHOLE_NETWORK)
        ? input.targetId
        : null);
    table.insert(db, {
      ...input,
      id,
      opgaveId,
      actionStatus: input.isAction ? (input.actionStatus ?? 'open') : null,
      createdAt: stamp,
      updatedAt: stamp,
    });
    return getAnnotation(db, id);
  })();
}

export function updateAnnotation(
  db: Db,
  id: string,
  patch: AnnotationUpdate,
  hidden: ReadonlySet<string> = new Set(),
): Annotation {
  return db.transaction(() => {
    const current = getAnnotation(db, id);
    new RefCheck(db, hidden).require('opgaveId', 'opgaven', patch.opgaveId).throwIfAny();
    const isAction = patch.isAction ?? current.isAction;
    const actionStatus = isAction ? (patch.actionStatus ?? current.actionStatus ?? 'open') : null;
    table.update(db, id, { ...patch, actionStatus, updatedAt: now() });
    return getAnnotation(db, id);
  })();
}

export function deleteAnnotation(db: Db, id: string): void {
  getAnnotation(db, id);
  table.remove(db, id);
}

// ---------------------------------------------------------------- as the caller, through the policy

/** Notes outside the caller's casussen are left out; the casussen of those listed are logged. */
export function listAnnotationsAs(access: Access, f: Omit<AnnotationFilter, 'hidden'>): Page<Annotation> {
  const page = listAnnotations(access.db, { ...f, hidden: access.hiddenList() });
  for (const a of page.items) access.noteOpgave(a.opgaveId);
  return page;
}

export function createAnnotationAs(access: Access, input: AnnotationCreate): Annotation {
  checkChosenId(access, 'annotation', input.id);
  const created = createAnnotation(access.db, input, access.hiddenCasusIds());
  access.noteOpgave(created.opgaveId);
  return created;
}

export function updateAnnotationAs(access: Access, id: string, patch: AnnotationUpdate): Annotation {
  const updated = updateAnnotation(access.db, id, patch, access.hiddenCasusIds());
  access.noteOpgave(updated.opgaveId);
  return updated;
}
