import type { ChangeSet, Page } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { bumpGeneration } from '../db/generation.ts';
import { ApiError, conflict, notFound } from '../http/problem.ts';
import { newId, now } from './ids.ts';

/**
 * Change sets: an import, a merge or a survey's result applied to the network records every row it
 * inserts, updates or deletes (with the row as it was) through temporary triggers, so the whole set
 * can be undone later in one transaction.
 */

export type ChangeSetKind = ChangeSet['kind'];

const ID_PREFIX: Record<ChangeSetKind, string> = { import: 'imp', merge: 'mrg', survey: 'sap' };

/** What a change set is called in messages: "deze import", "een latere samenvoeging". */
const KIND_NAME: Record<ChangeSetKind, string> = {
  import: 'import',
  merge: 'samenvoeging',
  survey: 'toepassing van een netwerkuitvraag',
};

/** Tables a change set may touch; `users` only for its person link (never password hashes). */
const TRACKED: Record<string, string[] | 'all'> = {
  domains: 'all',
  link_kinds: 'all',
  actors: 'all',
  organisations: 'all',
  people: 'all',
  memberships: 'all',
  links: 'all',
  templates: 'all',
  template_roles: 'all',
  opgaven: 'all',
  participants: 'all',
  casus_team: 'all',
  annotations: 'all',
  views: 'all',
  presentations: 'all',
  external_ids: 'all',
  users: ['id', 'person_id'],
};

type TableInfo = { columns: string[]; pk: string[] };
const infoCache = new WeakMap<Db, Map<string, TableInfo>>();

function tableInfo(db: Db, table: string): TableInfo {
  const cache = infoCache.get(db) ?? new Map<string, TableInfo>();
  infoCache.set(db, cache);
  const known = cache.get(table);
  if (known) return known;
  const rows = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; pk: number }[];
  const wanted = TRACKED[table];
  const info = {
    columns: rows.map((r) => r.name).filter((c) => wanted === 'all' || wanted?.includes(c)),
    pk: rows
      .filter((r) => r.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((r) => r.name),
  };
  cache.set(table, info);
  return info;
}

const keyOf = (prefix: string, pk: string[]) => `json_array(${pk.map((c) => `${prefix}.${c}`).join(', ')})`;
const rowOf = (prefix: string, columns: string[]) =>
  `json_object(${columns.map((c) => `'${c}', ${prefix}.${c}`).join(', ')})`;

function installTriggers(db: Db): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS change_journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL, op TEXT NOT NULL,
    row_key TEXT NOT NULL, old_row TEXT)`);
  for (const table of Object.keys(TRACKED)) {
    const { columns, pk } = tableInfo(db, table);
    const insert = (op: string, prefix: string, old: string) =>
      `INSERT INTO temp.change_journal (table_name, op, row_key, old_row) VALUES ('${table}', '${op}', ${keyOf(prefix, pk)}, ${old});`;
    db.exec(`
CREATE TEMP TRIGGER IF NOT EXISTS cs_${table}_insert AFTER INSERT ON main.${table} BEGIN ${insert('insert', 'NEW', 'NULL')} END;
CREATE TEMP TRIGGER IF NOT EXISTS cs_${table}_update AFTER UPDATE ON main.${table} BEGIN ${insert('update', 'OLD', rowOf('OLD', columns))} END;
CREATE TEMP TRIGGER IF NOT EXISTS cs_${table}_delete AFTER DELETE ON main.${table} BEGIN ${insert('delete', 'OLD', rowOf('OLD', columns))} END;`);
  }
}

function dropTriggers(db: Db): void {
  for (const table of Object.keys(TRACKED)) {
    for (const op of ['insert', 'update', 'delete']) db.exec(`DROP TRIGGER IF EXISTS temp.cs_${table}_${op}`);
  }
  db.exec('DELETE FROM temp.change_journal');
}

export type ChangeSetMeta = {
  kind: ChangeSetKind;
  userId?: string | null;
  username?: string | null;
  fileName?: string | null;
  format?: string | null;
};

/**
 * Runs `write` inside the caller's transaction with every row change recorded, then stores the
 * change set. Must be called inside `db.transaction`. Returns the change set id with write's result.
 * `keep(result)` false (a dry run, a refused import) records nothing.
 */
export function recordChanges<T>(
  db: Db,
  meta: ChangeSetMeta,
  write: () => T,
  summary: (result: T) => Record<string, unknown>,
): { id: string; result: T } {
  if (!db.inTransaction) throw new Error('change-sets: recordChanges needs a transaction');
  installTriggers(db);
  let result: T;
  try {
    result = write();
  } catch (error) {
    stopRecording(db);
    throw error;
  }
  const id = newId(ID_PREFIX[meta.kind]);
  db.prepare(
    `INSERT INTO change_sets (id, kind, at, user_id, username, file_name, format, summary)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    meta.kind,
    now(),
    meta.userId ?? null,
    meta.username ?? null,
    meta.fileName ?? null,
    meta.format ?? null,
    JSON.stringify(summary(result)),
  );
  db.prepare(
    `INSERT INTO change_rows (change_set_id, seq, table_name, op, row_key, old_row)
     SELECT ?, seq, table_name, op, row_key, old_row FROM temp.change_journal ORDER BY seq`,
  ).run(id);
  dropTriggers(db);
  return { id, result };
}

/** Drops the recording triggers after a write that threw (the transaction rolls them back too). */
export function stopRecording(db: Db): void {
  try {
    dropTriggers(db);
  } catch {
    // no journal yet: nothing to drop
  }
}

const ROW = (r: Record<string, unknown>): ChangeSet => ({
  id: String(r.id),
  kind: r.kind as ChangeSetKind,
  at: String(r.at),
  userId: (r.user_id as string | null) ?? null,
  username: (r.username as string | null) ?? null,
  fileName: (r.file_name as string | null) ?? null,
  format: (r.format as string | null) ?? null,
  summary: JSON.parse(String(r.summary)) as Record<string, unknown>,
  undoneAt: (r.undone_at as string | null) ?? null,
});

/**
 * The history, newest first. `hidden`: casussen the caller may not see; a survey applied from one of
 * them is left out, as the survey itself is.
 */
export function listChangeSets(
  db: Db,
  f: { kind?: ChangeSetKind | undefined; limit: number; offset: number },
  hidden: readonly string[] = [],
): Page<ChangeSet> {
  const conditions = [
    ...(f.kind ? ['kind = @kind'] : []),
    ...(hidden.length
      ? [
          `NOT (kind = 'survey' AND EXISTS (SELECT 1 FROM surveys s WHERE s.id = json_extract(summary, '$.surveyId')
             AND s.opgave_id IN (SELECT value FROM json_each(@hidden))))`,
        ]
      : []),
  ];
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const params = [{ kind: f.kind ?? null, hidden: JSON.stringify(hidden) }];
  const total = db
    .prepare(`SELECT count(*) FROM change_sets ${where}`)
    .pluck()
    .get(...params) as number;
  const items = (
    db
      .prepare(`SELECT * FROM change_sets ${where} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`)
      .all(...params, f.limit, f.offset) as Record<string, unknown>[]
  ).map(ROW);
  return { items, total, limit: f.limit, offset: f.offset };
}

export function getChangeSet(db: Db, id: string): ChangeSet {
  const row = db.prepare('SELECT * FROM change_sets WHERE id = ?').get(id) as
    | Record<string, unknown>
    | undefined;
  if (!row) throw notFound('Import', id);
  return ROW(row);
}

type ChangeRow = {
  seq: number;
  table_name: string;
  op: 'insert' | 'update' | 'delete';
  row_key: string;
  old_row: string | null;
};

const WHAT: Record<string, string> = {
  organisations: 'organisatie',
  people: 'persoon',
  links: 'verbinding',
  memberships: 'lidmaatschap',
  participants: 'deelname aan een opgave',
  casus_team: 'lid van een casusteam',
  annotations: 'notitie',
  opgaven: 'opgave',
  templates: 'partnersjabloon',
  template_roles: 'rol in een partnersjabloon',
  views: 'opgeslagen weergave',
  presentations: 'presentatie',
  domains: 'domein',
  link_kinds: 'soort verbinding',
  external_ids: 'koppeling aan een bestand',
  users: 'account',
  actors: 'persoon of organisatie',
};

/** A record by name, for messages: never an internal id. */
export function describeRow(db: Db, table: string, key: unknown[]): string {
  const id = key[0];
  const actorName = (actorId: unknown) =>
    (db
      .prepare(
        'SELECT name FROM people WHERE id = @id UNION ALL SELECT name FROM organisations WHERE id = @id',
      )
      .pluck()
      .get({ id: actorId }) as string | undefined) ?? 'onbekend';
  switch (table) {
    case 'organisations':
    case 'people':
    case 'actors':
      return `${table === 'organisations' ? 'organisatie' : 'persoon'} ${actorName(id)}`;
    case 'links': {
      const l = db.prepare('SELECT source_id, target_id FROM links WHERE id = ?').get(id) as
        | { source_id: string; target_id: string }
        | undefined;
      return l ? `verbinding ${actorName(l.source_id)} – ${actorName(l.target_id)}` : 'een verbinding';
    }
    case 'memberships': {
      const m = db.prepare('SELECT person_id, organisation_id FROM memberships WHERE id = ?').get(id) as
        | { person_id: string; organisation_id: string }
        | undefined;
      return m
        ? `lidmaatschap van ${actorName(m.person_id)} bij ${actorName(m.organisation_id)}`
        : 'een lidmaatschap';
    }
    case 'domains':
    case 'link_kinds': {
      const label = db.prepare(`SELECT label FROM ${table} WHERE code = ?`).pluck().get(id) as
        | string
        | undefined;
      return `${WHAT[table]} ${label ?? String(id)}`;
    }
    case 'templates':
    case 'views':
    case 'presentations': {
      const name = db.prepare(`SELECT name FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
      return `${WHAT[table]} ${name ?? ''}`.trim();
    }
    default:
      return `een ${WHAT[table] ?? table}`;
  }
}

/**
 * What was changed after this change set and depends on it: rows it wrote that were edited or removed
 * since, rows that point at records it created, and later change sets over the same rows.
 */
export function dependentsOf(db: Db, set: ChangeSet, changes: ChangeRow[]): string[] {
  const found = new Set<string>();
  const inserted = new Map<string, Set<string>>();
  for (const c of changes) {
    if (c.op !== 'insert') continue;
    const keys = inserted.get(c.table_name) ?? new Set<string>();
    inserted.set(c.table_name, keys);
    keys.add(c.row_key);
  }
  const written = new Map<string, ChangeRow>();
  for (const c of changes)
    if (!written.has(`${c.table_name}|${c.row_key}`)) written.set(`${c.table_name}|${c.row_key}`, c);

  // later change sets over the same rows
  const later = db
    .prepare(
      `SELECT DISTINCT s.id, s.kind, s.at, s.file_name, s.summary FROM change_rows r JOIN change_sets s ON s.id = r.change_set_id
       WHERE s.undone_at IS NULL AND s.id <> ? AND s.at > ?
         AND EXISTS (SELECT 1 FROM change_rows mine WHERE mine.change_set_id = ? AND mine.table_name = r.table_name AND mine.row_key = r.row_key)`,
    )
    .all(set.id, set.at, set.id) as {
    kind: string;
    at: string;
    file_name: string | null;
    summary: string;
  }[];
  for (const s of later) {
    const when = s.at.slice(0, 16).replace('T', ' ');
    const survey = s.kind === 'survey' ? (JSON.parse(s.summary) as { survey?: string }).survey : undefined;
    found.add(
      s.kind === 'merge'
        ? `een latere samenvoeging (${when})`
        : s.kind === 'survey'
          ? `de latere netwerkuitvraag${survey ? ` "${survey}"` : ''}, toegepast op ${when}`
          : `een latere import${s.file_name ? ` van ${s.file_name}` : ''} (${when})`,
    );
  }

  // rows this set wrote that were edited since (tables with updated_at)
  for (const c of written.values()) {
    if (c.op === 'delete') continue;
    const { columns, pk } = tableInfo(db, c.table_name);
    const key = JSON.parse(c.row_key) as unknown[];
    const where = pk.map((k) => `${k} = ?`).join(' AND ');
    if (!columns.includes('updated_at')) continue;
    const stamp = db
      .prepare(`SELECT updated_at FROM ${c.table_name} WHERE ${where}`)
      .pluck()
      .get(...key) as string | undefined;
    if (stamp === undefined) {
      if (c.op === 'update') found.add(`${describeOld(c)} is later verwijderd`);
    } else if (stamp > set.at) found.add(`${describeRow(db, c.table_name, key)} is later gewijzigd`);
  }

  // rows added since that point at records this set created
  for (const table of Object.keys(TRACKED)) {
    const fks = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as {
      table: string;
      from: string;
      to: string | null;
    }[];
    const { pk } = tableInfo(db, table);
    for (const fk of fks) {
      const parents = inserted.get(fk.table);
      if (!parents?.size) continue;
      const parentKeys = [...parents].map((k) => (JSON.parse(k) as unknown[])[0]);
      const mine = inserted.get(table) ?? new Set<string>();
      const rows = db
        .prepare(
          `SELECT ${keyOf('t', pk)} AS k FROM ${table} t WHERE t.${fk.from} IN (SELECT value FROM json_each(?))`,
        )
        .pluck()
        .all(JSON.stringify(parentKeys)) as string[];
      for (const k of rows) {
        if (mine.has(k) || table === 'actors') continue;
        found.add(`${describeRow(db, table, JSON.parse(k) as unknown[])} is later toegevoegd`);
      }
    }
  }
  // notes name what they are about by id, not by a foreign key
  const ownNotes = JSON.stringify([...(inserted.get('annotations') ?? [])]);
  const notesOn = (table: string, targetTypes: string[]) => {
    const created = [...(inserted.get(table) ?? [])].map((k) => (JSON.parse(k) as unknown[])[0]);
    if (!created.length) return 0;
    return db
      .prepare(
        `SELECT count(*) FROM annotations WHERE target_id IN (SELECT value FROM json_each(?))
         AND target_type IN (SELECT value FROM json_each(?))
         AND json_array(id) NOT IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .get(JSON.stringify(created), JSON.stringify(targetTypes), ownNotes) as number;
  };
  const count = (n: number) => (n === 1 ? 'een notitie' : `${n} notities`);
  const onActors = notesOn('actors', ['person', 'organisation']);
  if (onActors) found.add(`${count(onActors)} bij ingelezen personen of organisaties`);
  const onLinks = notesOn('links', ['link']);
  if (onLinks) found.add(`${count(onLinks)} bij verbindingen die hierdoor zijn gemaakt`);
  return [...found];
}

function describeOld(c: ChangeRow): string {
  const old = c.old_row ? (JSON.parse(c.old_row) as Record<string, unknown>) : {};
  const name = typeof old.name === 'string' ? ` ${old.name}` : '';
  return `${WHAT[c.table_name] ?? c.table_name}${name}`;
}

/** Undoes a change set in one transaction; 409 names the later changes that depend on it. */
export function undoChangeSet(db: Db, id: string): ChangeSet {
  const result = db.transaction(() => {
    const set = getChangeSet(db, id);
    if (set.undoneAt) throw conflict(`Deze ${KIND_NAME[set.kind]} is al ongedaan gemaakt.`);
    const changes = db
      .prepare(
        'SELECT seq, table_name, op, row_key, old_row FROM change_rows WHERE change_set_id = ? ORDER BY seq DESC',
      )
      .all(id) as ChangeRow[];
    const dependents = dependentsOf(db, set, changes);
    if (dependents.length) {
      throw new ApiError(
        409,
        'Conflict',
        `Dit kan niet meer ongedaan worden gemaakt: daarna is er iets veranderd dat ervan afhangt: ${dependents.slice(0, 10).join('; ')}${dependents.length > 10 ? ` en nog ${dependents.length - 10}` : ''}.`,
        undefined,
        { dependents },
      );
    }
    // rows come back in reverse order; a cascade may have recorded a child before its parent
    db.pragma('defer_foreign_keys = ON');
    for (const c of changes) {
      const { columns, pk } = tableInfo(db, c.table_name);
      const key = JSON.parse(c.row_key) as unknown[];
      const where = pk.map((k) => `${k} = ?`).join(' AND ');
      if (c.op === 'insert') {
        db.prepare(`DELETE FROM ${c.table_name} WHERE ${where}`).run(...key);
      } else if (c.op === 'update') {
        db.prepare(
          `UPDATE ${c.table_name} SET ${columns.map((col) => `${col} = json_extract(@old, '$.${col}')`).join(', ')} WHERE ${pk.map((k, i) => `${k} = json_extract(@key, '$[${i}]')`).join(' AND ')}`,
        ).run({ old: c.old_row, key: c.row_key });
      } else {
        db.prepare(
          `INSERT INTO ${c.table_name} (${columns.join(', ')}) VALUES (${columns.map((col) => `json_extract(@old, '$.${col}')`).join(', ')})`,
        ).run({ old: c.old_row });
      }
    }
    db.prepare('UPDATE change_sets SET undone_at = ? WHERE id = ?').run(now(), id);
    return getChangeSet(db, id);
  })();
  bumpGeneration(db);
  return result;
}
