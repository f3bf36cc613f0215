import { isIP } from 'node:net';
import type { Db } from '../db/database.ts';

/**
 * Failed logins: five per username within the window lock that name until the oldest of them is
 * out of the window. Per client address there is no lock: from the thirtieth failure on, each
 * further attempt waits a delay that doubles (1 s, 2 s, 4 s, ... at most a minute) after the
 * latest failure, so a colleague behind the same proxy or NAT waits seconds, not a quarter hour,
 * while guessing stays slow.
 */
export const LOGIN_LIMITS = {
  perUser: 5,
  perAddress: 30,
  windowMinutes: 15,
  addressMaxDelaySeconds: 60,
} as const;

const windowMs = LOGIN_LIMITS.windowMinutes * 60_000;

/**
 * The key a username is counted under: its variants ("lezer1\t", " LEZER1", full-width letters,
 * zero-width characters) count as one name.
 */
export function normaliseUsername(username: string): string {
  return username
    .normalize('NFKC')
    .replace(/[\s\p{Cc}\p{Cf}\p{Z}]+/gu, '')
    .toLowerCase();
}

const userKey = (username: string) => `user:${normaliseUsername(username)}`;
const addressKey = (address: string) => `ip:${address}`;

/** The delay an address must wait after its latest failure, in ms, given its failures in the window. */
export function addressDelayMs(failures: number): number {
  if (failures < LOGIN_LIMITS.perAddress) return 0;
  const seconds = Math.min(2 ** (failures - LOGIN_LIMITS.perAddress), LOGIN_LIMITS.addressMaxDelaySeconds);
  return seconds * 1000;
}

/** Seconds until another attempt is allowed, or 0 when one is allowed now. */
export function loginBlockedFor(db: Db, username: string, address: string, now = Date.now()): number {
  const since = now - windowMs;
  const rows = db
    .prepare('SELECT at FROM login_attempts WHERE key = ? AND at > ? ORDER BY at DESC LIMIT ?')
    .pluck()
    .all(userKey(username), since, LOGIN_LIMITS.perUser) as number[];
  const oldest = rows[LOGIN_LIMITS.perUser - 1];
  const user =
    rows.length >= LOGIN_LIMITS.perUser && oldest !== undefined
      ? Math.ceil((oldest + windowMs - now) / 1000)
      : 0;
  const { failures, latest } = db
    .prepare('SELECT count(*) AS failures, max(at) AS latest FROM login_attempts WHERE key = ? AND at > ?')
    .get(addressKey(address), since) as { failures: number; latest: number | null };
  const delay = addressDelayMs(failures);
  const byAddress = latest !== null && delay > 0 ? Math.max(0, Math.ceil((latest + delay - now) / 1000)) : 0;
  return Math.max(user, byAddress);
}

export function recordFailedLogin(db: Db, username: string, address: string, now = Date.now()): void {
  db.transaction(() => {
    const insert = db.prepare('INSERT INTO login_attempts (key, at) VALUES (?, ?)');
    insert.run(userKey(username), now);
    insert.run(addressKey(address), now);
    db.prepare('DELETE FROM login_attempts WHERE at <= ?').run(now - windowMs);
  })();
}

export function clearFailedLogins(db: Db, username: string): void {
  db.prepare('DELETE FROM login_attempts WHERE key = ?').run(userKey(username));
}

/**
 * The address a login is counted under. Behind a reverse proxy every request comes from the
 * proxy; when the peer is one of the proxies named in REGIEKAART_TRUST_PROXY, the client is the
 * right-most address in X-Forwarded-For that is not itself such a proxy. Anyone else's
 * X-Forwarded-For is ignored, so a client cannot choose the address it is counted under.
 */
export function clientAddressOf(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trustedProxies: readonly string[],
): string {
  const direct = normaliseAddress(peer) ?? 'onbekend';
  if (!trustedProxies.includes(direct) || !forwardedFor) return direct;
  const hops = forwardedFor
    .split(',')
    .map((part) => normaliseAddress(part.trim()))
    .filter((a): a is string => a !== undefined);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    if (!trustedProxies.includes(hop)) return hop;
  }
  return direct;
}

/** An IP address as compared: IPv4-mapped IPv6 as plain IPv4; anything that is no address is dropped. */
export function normaliseAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return isIP(plain) ? plain.toLowerCase() : undefined;
}
