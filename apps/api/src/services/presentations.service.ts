import type {
  Page,
  Presentation,
  PresentationCreate,
  PresentationStep,
  PresentationUpdate,
} from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/problem.ts';
import { presentationsTable as table } from '../repos/tables.ts';
import { newId, now } from './ids.ts';
import { assertNewId, RefCheck } from './refs.ts';

export function listPresentations(
  db: Db,
  f: { q?: string | undefined; limit: number; offset: number },
): Page<Presentation> {
  const { items, total } = table.list(db, { q: f.q, limit: f.limit, offset: f.offset });
  return { items: items as Presentation[], total, limit: f.limit, offset: f.offset };
}

export function getPresentation(db: Db, id: string): Presentation {
  const row = table.get(db, id);
  if (!row) throw notFound('Presentatie', id);
  return row as Presentation;
}

function checkSteps(db: Db, steps: PresentationStep[] | undefined): void {
  const check = new RefCheck(db);
  steps?.forEach((step, i) => {
    check.require(`steps.${i}.viewId`, 'views', step.viewId);
  });
  check.throwIfAny();
}

export function createPresentation(db: Db, input: PresentationCreate): Presentation {
  return db.transaction(() => {
    const id = input.id ?? newId('prs');
    assertNewId(db, 'presentations', id);
    checkSteps(db, input.steps);
    const stamp = now();
    table.insert(db, { ...input, id, createdAt: stamp, updatedAt: stamp });
    return getPresentation(db, id);
  })();
}

export function updatePresentation(db: Db, id: string, patch: PresentationUpdate): Presentation {
  return db.transaction(() => {
    getPresentation(db, id);
    checkSteps(db, patch.steps);
    table.update(db, id, { ...patch, updatedAt: now() });
    return getPresentation(db, id);
  })();
}

export function deletePresentation(db: Db, id: string): void {
  getPresentation(db, id);
  table.remove(db, id);
}

/** A deleted view leaves every presentation it was a step of. */
export function removeViewFromPresentations(db: Db, viewId: string): void {
  for (const p of listPresentations(db, { limit: 100_000, offset: 0 }).items) {
    if (p.steps.some((s) => s.viewId === viewId)) {
      table.update(db, p.id, { steps: p.steps.filter((s) => s.viewId !== viewId), updatedAt: now() });
    }
  }
}
