import type {
  Page,
  Presentation,
  PresentationCreate,
  PresentationStep,
  PresentationUpdate,
} from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/problem.ts';
import type { Access } from '../policy/access.ts';
import { keptHiddenSteps, refuseHiddenSteps, withoutHiddenSteps } from '../policy/rules.ts';
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

// ---------------------------------------------------------------- as the caller, through the policy

/** Presentations show no step on a casus outside the caller's team. */
export function listPresentationsAs(
  access: Access,
  query: Parameters<typeof listPresentations>[1],
): Page<Presentation> {
  const page = listPresentations(access.db, query);
  return { ...page, items: page.items.map((p) => withoutHiddenSteps(access, p)) };
}

export function getPresentationAs(access: Access, id: string): Presentation {
  return withoutHiddenSteps(access, getPresentation(access.db, id));
}

export function createPresentationAs(access: Access, input: PresentationCreate): Presentation {
  refuseHiddenSteps(access, input.steps);
  return withoutHiddenSteps(access, createPresentation(access.db, input));
}

/** Steps the caller cannot see stay where they were when the steps are replaced. */
export function updatePresentationAs(access: Access, id: string, patch: PresentationUpdate): Presentation {
  refuseHiddenSteps(access, patch.steps);
  const kept = patch.steps ? keptHiddenSteps(access, getPresentation(access.db, id).steps) : [];
  const steps = patch.steps ? { steps: [...patch.steps, ...kept] } : {};
  return withoutHiddenSteps(access, updatePresentation(access.db, id, { ...patch, ...steps }));
}
