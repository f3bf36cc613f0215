import type { Db } from '../db/database.ts';

/** Failed logins allowed per window: per username (existing or not) and per client address. */
export const LOGIN_LIMITS = { perUser: 5, perAddress: 30, windowMinutes: 15 } as const;

const windowMs = LOGIN_LIMITS.windowMinutes * 60_000;

/** Seconds until another attempt is allowed, or 0 when one is allowed now. */
export function loginBlockedFor(db: Db, username: string, address: string, now = Date.now()): number {
  const since = now - windowMs;
  const check = (key: string, limit: number) => {
    const rows = db
      .prepare('SELECT at FROM login_attempts WHERE key = ? AND at > ? ORDER BY at DESC LIMIT ?')
      .pluck()
      .all(key, since, limit) as number[];
    const oldest = rows[limit - 1];
    return rows.length >= limit && oldest !== undefined ? Math.ceil((oldest + windowMs - now) / 1000) : 0;
  };
  return Math.max(
    check(`user:${username.toLowerCase()}`, LOGIN_LIMITS.perUser),
    check(`ip:${address}`, LOGIN_LIMITS.perAddress),
  );
}

export function recordFailedLogin(db: Db, username: string, address: string, now = Date.now()): void {
  db.transaction(() => {
    const insert = db.prepare('INSERT INTO login_attempts (key, at) VALUES (?, ?)');
    insert.run(`user:${username.toLowerCase()}`, now);
    insert.run(`ip:${address}`, now);
    db.prepare('DELETE FROM login_attempts WHERE at <= ?').run(now - windowMs);
  })();
}

export function clearFailedLogins(db: Db, username: string): void {
  db.prepare('DELETE FROM login_attempts WHERE key = ?').run(`user:${username.toLowerCase()}`);
}
