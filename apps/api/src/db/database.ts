import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_DOMAINS, DEFAULT_LINK_KINDS } from '@regiekaart/model';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.ts';

export type Db = Database.Database;

/**
 * Opens (and creates) the SQLite file with the pragmas Regiekaart relies on, then brings the
 * schema up to date. better-sqlite3 opens with journal_mode=delete, so every pragma is explicit.
 */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false });
  cacheStatements(db);
  applyPragmas(db);
  if (!options.readonly) migrate(db);
  return db;
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Compiling SQL costs about a fifth of a simple request, so `db.prepare` hands out a compiled
 * statement again for the same text, with its modes (pluck, raw, expand) reset as a fresh one has
 * them. A statement still busy (an open iterator) is not handed out twice.
 */
function cacheStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    const cached = cache.get(sql);
    if (cached && !cached.busy) {
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const statement = prepare(sql);
    if (!cached) {
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
      cache.set(sql, statement);
    }
    return statement;
  }) as Db['prepare'];
}

export function applyPragmas(db: Db): void {
  if (!db.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const done = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .pluck()
      .all()
      .map((v) => Number(v)),
  );
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
      if (m.version === 1) seedVocabularies(db);
    })();
    applied.push(m.version);
  }
  return applied;
}

function seedVocabularies(db: Db): void {
  const domain = db.prepare('INSERT OR IGNORE INTO domains (code, label) VALUES (?, ?)');
  for (const d of DEFAULT_DOMAINS) domain.run(d.code, d.label);
  const kind = db.prepare('INSERT OR IGNORE INTO link_kinds (code, label) VALUES (?, ?)');
  for (const k of DEFAULT_LINK_KINDS) kind.run(k.code, k.label);
}

export type IntegrityReport = {
  ok: boolean;
  integrity: string[];
  foreignKeys: unknown[];
  counts: Record<string, number>;
};

export const DATA_TABLES = [
  'domains',
  'link_kinds',
  'actors',
  'organisations',
  'people',
  'memberships',
  'links',
  'templates',
  'template_roles',
  'opgaven',
  'participants',
  'annotations',
  'views',
  'presentations',
] as const;

/** Accounts, sessions and the access log: counted and checked with the data, but not part of a dataset. */
export const SECURITY_TABLES = [
  'users',
  'sessions',
  'access_log',
  'login_attempts',
  'casus_closures',
] as const;

/** Every table a backup must hold, each counted by `checkDatabase`. */
export const ALL_TABLES = [...DATA_TABLES, ...SECURITY_TABLES] as const;

/** `PRAGMA integrity_check` and `foreign_key_check`, with row counts per table. */
export function checkDatabase(db: Db): IntegrityReport {
  const integrity = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
  const foreignKeys = db.prepare('PRAGMA foreign_key_check').all();
  const counts: Record<string, number> = {};
  for (const t of ALL_TABLES) counts[t] = db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  return {
    ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeys.length === 0,
    integrity,
    foreignKeys,
    counts,
  };
}
