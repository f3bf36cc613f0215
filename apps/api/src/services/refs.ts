import type { ActorKind } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { conflict, type FieldError, unprocessable } from '../http/problem.ts';

const EXISTS: Record<string, string> = {
  organisations: 'SELECT 1 FROM organisations WHERE id = ?',
  people: 'SELECT 1 FROM people WHERE id = ?',
  links: 'SELECT 1 FROM links WHERE id = ?',
  opgaven: 'SELECT 1 FROM opgaven WHERE id = ?',
  templates: 'SELECT 1 FROM templates WHERE id = ?',
  views: 'SELECT 1 FROM views WHERE id = ?',
  annotations: 'SELECT 1 FROM annotations WHERE id = ?',
  presentations: 'SELECT 1 FROM presentations WHERE id = ?',
  domains: 'SELECT 1 FROM domains WHERE code = ?',
  link_kinds: 'SELECT 1 FROM link_kinds WHERE code = ?',
};

export type RefTable = keyof typeof EXISTS;

export function exists(db: Db, table: RefTable, id: string): boolean {
  const sql = EXISTS[table];
  if (!sql) throw new Error(`refs: unknown table ${table}`);
  return db.prepare(sql).get(id) !== undefined;
}

export function actorKind(db: Db, id: string): ActorKind | undefined {
  return (
    (db.prepare('SELECT kind FROM actors WHERE id = ?').pluck().get(id) as ActorKind | undefined) ?? undefined
  );
}

const WHAT: Record<string, string> = {
  organisations: 'organisatie',
  people: 'persoon',
  links: 'verbinding',
  opgaven: 'opgave',
  templates: 'partnersjabloon',
  views: 'opgeslagen weergave',
  presentations: 'presentatie',
  domains: 'domein',
  link_kinds: 'soort verbinding',
  actors: 'actor (persoon of organisatie)',
};

const NONE: ReadonlySet<string> = new Set();

/** Collects reference failures so one response names every wrong field at once. */
export class RefCheck {
  private readonly errors: FieldError[] = [];
  /** `hidden`: opgaven (casussen) the caller may not see, reported as not existing. */
  constructor(
    private readonly db: Db,
    private readonly hidden: ReadonlySet<string> = NONE,
  ) {}

  require(field: string, table: RefTable | 'actors', id: string | null | undefined): this {
    if (id === null || id === undefined) return this;
    const ok =
      table === 'actors'
        ? actorKind(this.db, id) !== undefined
        : exists(this.db, table, id) && !(table === 'opgaven' && this.hidden.has(id));
    if (!ok) this.errors.push({ field, message: `${WHAT[table] ?? table} "${id}" bestaat niet` });
    return this;
  }

  add(field: string, message: string): this {
    this.errors.push({ field, message });
    return this;
  }

  throwIfAny(): void {
    if (this.errors.length) throw unprocessable(this.errors);
  }
}

export function assertNewActorId(db: Db, id: string): void {
  if (actorKind(db, id) !== undefined)
    throw conflict(`Er bestaat al een persoon of organisatie met id "${id}".`);
}

export function assertNewId(db: Db, table: RefTable, id: string): void {
  if (exists(db, table, id)) throw conflict(`Er bestaat al een record met id "${id}".`);
}

export function deleteAnnotationsOf(db: Db, targetType: string, targetId: string): void {
  db.prepare('DELETE FROM annotations WHERE target_type = ? AND target_id = ?').run(targetType, targetId);
}
