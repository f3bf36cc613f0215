import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@regiekaart/model';
import type { Db } from '../db/database.ts';

export type SessionPolicy = {
  /** minutes without a request after which a session ends */
  idleMinutes: number;
  /** hours after login after which a session ends, however active */
  absoluteHours: number;
};

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, absoluteHours: 12 };

/** The signed-in account as a request sees it. */
export type SessionUser = {
  id: string;
  username: string;
  name: string;
  role: Role;
  personId: string | null;
};

export type ActiveSession = {
  tokenHash: string;
  csrfToken: string;
  expiresAt: number;
  user: SessionUser;
};

const MINUTE = 60_000;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 30_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createSession(
  db: Db,
  userId: string,
  policy: SessionPolicy,
  now = Date.now(),
): { token: string; csrfToken: string; expiresAt: number } {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = now + policy.absoluteHours * 60 * MINUTE;
  db.prepare(
    'INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(hashToken(token), userId, csrfToken, now, now, expiresAt);
  return { token, csrfToken, expiresAt };
}

type SessionRow = {
  token_hash: string;
  csrf_token: string;
  last_seen_at: number;
  expires_at: number;
  user_id: string;
  username: string;
  name: string;
  role: Role;
  person_id: string | null;
};

/** The live session for a cookie token, or undefined; an expired one is removed on the way. */
export function findSession(
  db: Db,
  token: string,
  policy: SessionPolicy,
  now = Date.now(),
): ActiveSession | undefined {
  const tokenHash = hashToken(token);
  const row = db
    .prepare(
      `SELECT s.token_hash, s.csrf_token, s.last_seen_at, s.expires_at,
              u.id AS user_id, u.username, u.name, u.role, u.person_id
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND u.active = 1`,
    )
    .get(tokenHash) as SessionRow | undefined;
  if (!row) return undefined;
  if (now >= row.expires_at || now - row.last_seen_at >= policy.idleMinutes * MINUTE) {
    db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
    return undefined;
  }
  if (now - row.last_seen_at >= TOUCH_EVERY_MS) {
    db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(now, tokenHash);
  }
  return {
    tokenHash,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    user: {
      id: row.user_id,
      username: row.username,
      name: row.name,
      role: row.role,
      personId: row.person_id,
    },
  };
}

export function revokeSession(db: Db, tokenHash: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}

/** Ends every session of an account, except optionally the one making the change. */
export function revokeUserSessions(db: Db, userId: string, except?: string): void {
  db.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?').run(userId, except ?? '');
}

export function purgeExpiredSessions(db: Db, policy: SessionPolicy, now = Date.now()): number {
  return db
    .prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?')
    .run(now, now - policy.idleMinutes * MINUTE).changes;
}
