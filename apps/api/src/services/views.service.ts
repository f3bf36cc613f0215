import type { Page, View, ViewCreate, ViewUpdate } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/problem.ts';
import type { Access } from '../policy/access.ts';
import { checkChosenId } from '../policy/rules.ts';
import { viewsTable as table } from '../repos/tables.ts';
import { newId, now } from './ids.ts';
import { removeViewFromPresentations } from './presentations.service.ts';
import { assertNewId, RefCheck } from './refs.ts';

export type ViewFilter = {
  q?: string | undefined;
  opgaveId?: string | undefined;
  /** casussen the caller may not see: their views are left out */
  hidden?: readonly string[] | undefined;
  limit: number;
  offset: number;
};

export function listViews(db: Db, f: ViewFilter): Page<View> {
  const where = f.opgaveId === 'network' ? { opgaveId: null } : { opgaveId: f.opgaveId };
  const conditions = f.hidden?.length
    ? [
        {
          sql: 'coalesce(t.opgave_id NOT IN (SELECT value FROM json_each(?)), 1)',
          params: [JSON.stringify(f.hidden)],
        },
      ]
    : [];
  const { items, total } = table.list(db, { where, conditions, q: f.q, limit: f.limit, offset: f.offset });
  return { items: items as View[], total, limit: f.limit, offset: f.offset };
}

export function getView(db: Db, id: string): View {
  const row = table.get(db, id);
  if (!row) throw notFound('Opgeslagen weergave', id);
  return row as View;
}

export function createView(db: Db, input: ViewCreate, hidden: ReadonlySet<string> = new Set()): View {
  return db.transaction(() => {
    const id = input.id ?? newId('vw');
    assertNewId(db, 'views', id);
    new RefCheck(db, hidden).require('opgaveId', 'opgaven', input.opgaveId).throwIfAny();
    const stamp = now();
    table.insert(db, { ...input, id, createdAt: stamp, updatedAt: stamp });
    return getView(db, id);
  })();
}

export function updateView(
  db: Db,
  id: string,
  patch: ViewUpdate,
  hidden: ReadonlySet<string> = new Set(),
): View {
  return db.transaction(() => {
    getView(db, id);
    new RefCheck(db, hidden).require('opgaveId', 'opgaven', patch.opgaveId).throwIfAny();
    table.update(db, id, { ...patch, updatedAt: now() });
    return getView(db, id);
  })();
}

export function deleteView(db: Db, id: string): void {
  db.transaction(() => {
    getView(db, id);
    db.prepare("DELETE FROM annotations WHERE target_type = 'view' AND target_id = ?").run(id);
    removeViewFromPresentations(db, id);
    table.remove(db, id);
  })();
}

// ---------------------------------------------------------------- as the caller, through the policy

/** Views of casussen outside the caller's team are left out; the casussen of those listed are logged. */
export function listViewsAs(access: Access, f: Omit<ViewFilter, 'hidden'>): Page<View> {
  const page = listViews(access.db, { ...f, hidden: access.hiddenList() });
  for (const v of page.items) access.noteOpgave(v.opgaveId);
  return page;
}

export function createViewAs(access: Access, input: ViewCreate): View {
  checkChosenId(access, 'view', input.id);
  const created = createView(access.db, input, access.hiddenCasusIds());
  access.noteOpgave(created.opgaveId);
  return created;
}

export function updateViewAs(access: Access, id: string, patch: ViewUpdate): View {
  const updated = updateView(access.db, id, patch, access.hiddenCasusIds());
  access.noteOpgave(updated.opgaveId);
  return updated;
}
