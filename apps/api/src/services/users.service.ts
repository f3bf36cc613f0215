import type { Page, Role, User, UserCreate, UserUpdate } from '@regiekaart/model';
import { hashPassword, passwordProblems } from '../auth/passwords.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import type { Db } from '../db/database.ts';
import { ApiError, conflict, notFound } from '../http/problem.ts';
import { escapeLike } from '../repos/table.ts';
import { newId, now } from './ids.ts';
import { RefCheck } from './refs.ts';

type UserRow = {
  id: string;
  username: string;
  name: string;
  role: Role;
  person_id: string | null;
  active: number;
  created_at: string;
  updated_at: string;
};

const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  name: r.name,
  role: r.role,
  personId: r.person_id,
  active: r.active === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLUMNS = 'id, username, name, role, person_id, active, created_at, updated_at';

export function countUsers(db: Db): number {
  return db.prepare('SELECT count(*) FROM users').pluck().get() as number;
}

export function listUsers(
  db: Db,
  f: { q?: string | undefined; role?: Role | undefined; limit: number; offset: number },
): Page<User> {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.role) {
    parts.push('role = ?');
    params.push(f.role);
  }
  if (f.q) {
    parts.push("(username LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')");
    params.push(`%${escapeLike(f.q)}%`, `%${escapeLike(f.q)}%`);
  }
  const where = parts.length ? `WHERE ${parts.join(' AND ')}` : '';
  const total = db
    .prepare(`SELECT count(*) FROM users ${where}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM users ${where} ORDER BY username LIMIT ? OFFSET ?`)
    .all(...params, f.limit, f.offset) as UserRow[];
  return { items: rows.map(toUser), total, limit: f.limit, offset: f.offset };
}

export function getUser(db: Db, id: string): User {
  const row = db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
  if (!row) throw notFound('Account', id);
  return toUser(row);
}

/** The account and its password hash, for logging in. */
export function findLogin(
  db: Db,
  username: string,
): { id: string; username: string; active: boolean; passwordHash: string } | undefined {
  const row = db
    .prepare('SELECT id, username, active, password_hash FROM users WHERE username = ?')
    .get(username.trim().toLowerCase()) as
    | { id: string; username: string; active: number; password_hash: string }
    | undefined;
  return (
    row && { id: row.id, username: row.username, active: row.active === 1, passwordHash: row.password_hash }
  );
}

function checkPassword(password: string, username: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length) {
    throw new ApiError(
      400,
      'Ongeldige invoer',
      `Het wachtwoord wordt niet geaccepteerd: ${problems.join('; ')}.`,
      problems.map((message) => ({ field: 'password', message })),
    );
  }
}

function checkPerson(db: Db, personId: string | null | undefined): void {
  new RefCheck(db).require('personId', 'people', personId).throwIfAny();
}

const activeBeheerders = (db: Db) =>
  db.prepare("SELECT count(*) FROM users WHERE role = 'beheerder' AND active = 1").pluck().get() as number;

export async function createUser(db: Db, input: UserCreate): Promise<User> {
  checkPassword(input.password, input.username);
  checkPerson(db, input.personId);
  const taken = () => db.prepare('SELECT 1 FROM users WHERE username = ?').get(input.username) !== undefined;
  if (taken()) throw conflict(`De gebruikersnaam "${input.username}" is al in gebruik.`);
  const hash = await hashPassword(input.password);
  return db.transaction(() => {
    if (taken()) throw conflict(`De gebruikersnaam "${input.username}" is al in gebruik.`);
    checkPerson(db, input.personId);
    const id = newId('usr');
    const stamp = now();
    db.prepare(
      'INSERT INTO users (id, username, name, role, person_id, password_hash, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)',
    ).run(id, input.username, input.name, input.role, input.personId ?? null, hash, stamp, stamp);
    return getUser(db, id);
  })();
}

/**
 * Changes an account. A new password, a new role or deactivation ends the account's other
 * sessions; the last active beheerder cannot be demoted or deactivated.
 */
export async function updateUser(
  db: Db,
  id: string,
  patch: UserUpdate,
  options: { currentSession?: string } = {},
): Promise<User> {
  const before = getUser(db, id);
  if (patch.password !== undefined) checkPassword(patch.password, before.username);
  checkPerson(db, patch.personId);
  const hash = patch.password !== undefined ? await hashPassword(patch.password) : undefined;
  return db.transaction(() => {
    const current = getUser(db, id);
    const losesBeheer =
      current.role === 'beheerder' &&
      current.active &&
      ((patch.role !== undefined && patch.role !== 'beheerder') || patch.active === false);
    if (losesBeheer && activeBeheerders(db) <= 1) {
      throw conflict('Dit is de laatste actieve beheerder; maak eerst een ander account beheerder.');
    }
    const sets: string[] = [];
    const params: unknown[] = [];
    const set = (column: string, value: unknown) => {
      sets.push(`${column} = ?`);
      params.push(value);
    };
    if (patch.name !== undefined) set('name', patch.name);
    if (patch.role !== undefined) set('role', patch.role);
    if (patch.personId !== undefined) set('person_id', patch.personId);
    if (patch.active !== undefined) set('active', patch.active ? 1 : 0);
    if (hash !== undefined) set('password_hash', hash);
    set('updated_at', now());
    db.prepare(`UPDATE users SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
    const changesAccess =
      hash !== undefined ||
      patch.active === false ||
      (patch.role !== undefined && patch.role !== current.role) ||
      (patch.personId !== undefined && patch.personId !== current.personId);
    if (changesAccess) revokeUserSessions(db, id, options.currentSession);
    return getUser(db, id);
  })();
}

export function deleteUser(db: Db, id: string): void {
  db.transaction(() => {
    const current = getUser(db, id);
    if (current.role === 'beheerder' && current.active && activeBeheerders(db) <= 1) {
      throw conflict('Dit is de laatste actieve beheerder; die kan niet worden verwijderd.');
    }
    db.prepare('DELETE FROM users WHERE id = ?').run(id);
  })();
}

export const ADMIN_USERNAME = 'beheerder';

/**
 * On a database without accounts, creates the beheerder account `beheerder` with the given
 * password. Returns whether it did.
 */
export async function ensureAdmin(db: Db, password: string): Promise<boolean> {
  if (countUsers(db) > 0) return false;
  const problems = passwordProblems(password, ADMIN_USERNAME);
  if (problems.length) {
    throw new Error(`REGIEKAART_ADMIN_PASSWORD wordt niet geaccepteerd: ${problems.join('; ')}.`);
  }
  await createUser(db, { username: ADMIN_USERNAME, password, name: 'Beheerder', role: 'beheerder' });
  return true;
}
