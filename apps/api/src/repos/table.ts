import type { Db } from '../db/database.ts';

type ColumnType = 'text' | 'int' | 'bool' | 'json';
type ColumnSpec = { column: string; type: ColumnType };

/**
 * Maps one table's snake_case columns to the model's camelCase fields, so each repository
 * writes only the SQL that is particular to it.
 */
export type Table = {
  name: string;
  columns: Record<string, ColumnSpec>;
  fromRow(row: Record<string, unknown>): Record<string, unknown>;
  insert(db: Db, values: Record<string, unknown>): void;
  update(db: Db, id: string, values: Record<string, unknown>): number;
  get(db: Db, id: string): Record<string, unknown> | undefined;
  remove(db: Db, id: string): number;
  list(db: Db, query: ListQuery): { items: Record<string, unknown>[]; total: number };
};

export type ListQuery = {
  where?: Record<string, unknown>;
  /** Extra SQL conditions with their parameters, ANDed with `where`. */
  conditions?: { sql: string; params: unknown[] }[];
  q?: string | undefined;
  limit: number;
  offset: number;
  orderBy?: string;
};

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function defineTable(spec: {
  name: string;
  fields: Record<string, ColumnType>;
  search: string[];
  orderBy: string;
}): Table {
  const columns: Record<string, ColumnSpec> = {};
  for (const [field, type] of Object.entries(spec.fields)) columns[field] = { column: snake(field), type };

  const toDb = (type: ColumnType, value: unknown): unknown => {
    if (value === undefined || value === null) return null;
    if (type === 'bool') return value ? 1 : 0;
    if (type === 'json') return JSON.stringify(value);
    return value;
  };
  const fromDb = (type: ColumnType, value: unknown): unknown => {
    if (value === null || value === undefined) return type === 'bool' ? false : null;
    if (type === 'bool') return value === 1;
    if (type === 'json') return JSON.parse(String(value));
    return value;
  };

  const fromRow = (row: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const [field, c] of Object.entries(columns)) out[field] = fromDb(c.type, row[c.column]);
    for (const [key, value] of Object.entries(row)) {
      if (!(key in out) && !Object.values(columns).some((c) => c.column === key)) out[key] = value;
    }
    return out;
  };

  const whereClause = (query: ListQuery) => {
    const parts: string[] = [];
    const params: unknown[] = [];
    for (const [field, value] of Object.entries(query.where ?? {})) {
      if (value === undefined) continue;
      const c = columns[field];
      if (!c) throw new Error(`table ${spec.name}: unknown filter field ${field}`);
      if (value === null) parts.push(`t.${c.column} IS NULL`);
      else {
        parts.push(`t.${c.column} = ?`);
        params.push(toDb(c.type, value));
      }
    }
    for (const cond of query.conditions ?? []) {
      parts.push(cond.sql);
      params.push(...cond.params);
    }
    if (query.q) {
      const like = `%${escapeLike(query.q)}%`;
      parts.push(
        `(${spec.search.map((f) => `t.${columns[f]?.column ?? f} LIKE ? ESCAPE '\\'`).join(' OR ')})`,
      );
      for (const _ of spec.search) params.push(like);
    }
    return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
  };

  return {
    name: spec.name,
    columns,
    fromRow,
    insert(db, values) {
      const entries = Object.entries(columns).filter(([field]) => values[field] !== undefined);
      db.prepare(
        `INSERT INTO ${spec.name} (${entries.map(([, c]) => c.column).join(', ')}) VALUES (${entries.map(() => '?').join(', ')})`,
      ).run(...entries.map(([field, c]) => toDb(c.type, values[field])));
    },
    update(db, id, values) {
      const entries = Object.entries(columns).filter(
        ([field]) => field !== 'id' && values[field] !== undefined,
      );
      if (entries.length === 0) return 0;
      return db
        .prepare(
          `UPDATE ${spec.name} SET ${entries.map(([, c]) => `${c.column} = ?`).join(', ')} WHERE id = ?`,
        )
        .run(...entries.map(([field, c]) => toDb(c.type, values[field])), id).changes;
    },
    get(db, id) {
      const row = db.prepare(`SELECT * FROM ${spec.name} WHERE id = ?`).get(id) as
        | Record<string, unknown>
        | undefined;
      return row ? fromRow(row) : undefined;
    },
    remove(db, id) {
      return db.prepare(`DELETE FROM ${spec.name} WHERE id = ?`).run(id).changes;
    },
    list(db, query) {
      const where = whereClause(query);
      const total = db
        .prepare(`SELECT count(*) FROM ${spec.name} t ${where.sql}`)
        .pluck()
        .get(...where.params) as number;
      const rows = db
        .prepare(
          `SELECT t.* FROM ${spec.name} t ${where.sql} ORDER BY ${query.orderBy ?? spec.orderBy} LIMIT ? OFFSET ?`,
        )
        .all(...where.params, query.limit, query.offset) as Record<string, unknown>[];
      return { items: rows.map(fromRow), total };
    },
  };
}
