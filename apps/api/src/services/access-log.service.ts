import type { AccessAction, AccessLogEntry, AccessLogQuery, AccessResult, Page } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { now } from './ids.ts';

export type AccessRecord = {
  userId: string | null;
  username: string | null;
  action: AccessAction;
  objectType?: string | null;
  objectId?: string | null;
  casusCode?: string | null;
  purpose?: string | null;
  result: AccessResult;
  status?: number | null;
  requestId?: string | null;
};

/** Appends one entry; the table's triggers refuse every UPDATE and DELETE. */
export function appendAccessLog(db: Db, r: AccessRecord): void {
  db.prepare(
    `INSERT INTO access_log (at, user_id, username, action, object_type, object_id, casus_code, purpose, result, status, request_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    now(),
    r.userId,
    r.username,
    r.action,
    r.objectType ?? null,
    r.objectId ?? null,
    r.casusCode ?? null,
    r.purpose ?? null,
    r.result,
    r.status ?? null,
    r.requestId ?? null,
  );
}

type Row = {
  id: number;
  at: string;
  user_id: string | null;
  username: string | null;
  action: AccessAction;
  object_type: string | null;
  object_id: string | null;
  casus_code: string | null;
  purpose: string | null;
  result: AccessResult;
  status: number | null;
  request_id: string | null;
};

const toEntry = (r: Row): AccessLogEntry => ({
  id: r.id,
  at: r.at,
  userId: r.user_id,
  username: r.username,
  action: r.action,
  objectType: r.object_type,
  objectId: r.object_id,
  casusCode: r.casus_code,
  purpose: r.purpose,
  result: r.result,
  status: r.status,
  requestId: r.request_id,
});

type Condition = { sql: string; params: unknown[] };

function query(db: Db, conditions: Condition[], limit: number, offset: number): Page<AccessLogEntry> {
  const where = conditions.length ? `WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '';
  const params = conditions.flatMap((c) => c.params);
  const total = db
    .prepare(`SELECT count(*) FROM access_log ${where}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(`SELECT * FROM access_log ${where} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as Row[];
  return { items: rows.map(toEntry), total, limit, offset };
}

/** The log, newest first, filtered on any of its columns and a time range. */
export function listAccessLog(db: Db, f: AccessLogQuery): Page<AccessLogEntry> {
  const conditions: Condition[] = [];
  const equal = (column: string, value: unknown) => {
    if (value !== undefined) conditions.push({ sql: `${column} = ?`, params: [value] });
  };
  equal('user_id', f.userId);
  equal('username', f.username);
  equal('action', f.action);
  equal('object_type', f.objectType);
  equal('object_id', f.objectId);
  equal('result', f.result);
  if (f.casusCode) {
    // list reads name several casussen, comma-separated
    conditions.push({
      sql: "(casus_code = ? OR ',' || casus_code || ',' LIKE ?)",
      params: [f.casusCode, `%,${f.casusCode},%`],
    });
  }
  if (f.from) conditions.push({ sql: 'at >= ?', params: [f.from] });
  if (f.to) conditions.push({ sql: 'at < ?', params: [f.to] });
  if (f.q) {
    const like = `%${f.q}%`;
    conditions.push({
      sql: '(username LIKE ? OR object_id LIKE ? OR casus_code LIKE ? OR purpose LIKE ?)',
      params: [like, like, like, like],
    });
  }
  return query(db, conditions, f.limit, f.offset);
}

/**
 * Who looked at one professional's data: reads of their person record and account, and every
 * export of the whole dataset (which holds it). For an AVG art. 15 request.
 */
export function accessToPersonalData(db: Db, userId: string, personId: string | null): AccessLogEntry[] {
  const conditions: Condition[] = [
    {
      sql: `((object_type = 'user' AND object_id = ?) OR (object_type = 'person' AND object_id = ?) OR (action = 'export' AND object_type = 'dataset'))`,
      params: [userId, personId ?? ''],
    },
  ];
  return query(db, conditions, 100_000, 0).items;
}

/** What an account did itself. */
export function activityOf(db: Db, userId: string): AccessLogEntry[] {
  return query(db, [{ sql: 'user_id = ?', params: [userId] }], 100_000, 0).items;
}
