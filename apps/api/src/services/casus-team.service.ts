import type {
  CasusTeamMember,
  CasusTeamMemberCreate,
  CasusTeamMemberUpdate,
  DatasetTeamEntry,
} from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { unprocessable } from '../http/problem.ts';
import type { Access } from '../policy/access.ts';
import { Conflict, NotFound } from '../policy/errors.ts';
import { assertMayManageTeam } from '../policy/rules.ts';
import { newId, now } from './ids.ts';

type Row = {
  id: string;
  opgave_id: string;
  user_id: string | null;
  person_id: string | null;
  since: string | null;
  until: string | null;
  added_by: string | null;
  added_at: string;
  label: string | null;
};

const SELECT = `SELECT t.*, coalesce(u.name, p.name) AS label FROM casus_team t
  LEFT JOIN users u ON u.id = t.user_id LEFT JOIN people p ON p.id = t.person_id`;

const toMember = (r: Row): CasusTeamMember => ({
  id: r.id,
  opgaveId: r.opgave_id,
  userId: r.user_id,
  personId: r.person_id,
  label: r.label ?? r.user_id ?? r.person_id ?? r.id,
  since: r.since,
  until: r.until,
  addedBy: r.added_by,
  addedAt: r.added_at,
});

function kindOf(db: Db, opgaveId: string): string {
  const kind = db.prepare('SELECT kind FROM opgaven WHERE id = ?').pluck().get(opgaveId) as
    | string
    | undefined;
  if (!kind) throw new NotFound('Opgave', opgaveId);
  return kind;
}

/** The team of a casus; an opgave that is no casus has none (everyone may see it). */
export function listTeam(db: Db, opgaveId: string): { items: CasusTeamMember[]; total: number } {
  kindOf(db, opgaveId);
  const rows = db.prepare(`${SELECT} WHERE t.opgave_id = ? ORDER BY label, t.id`).all(opgaveId) as Row[];
  return { items: rows.map(toMember), total: rows.length };
}

export function getTeamMember(db: Db, opgaveId: string, id: string): CasusTeamMember {
  const row = db.prepare(`${SELECT} WHERE t.opgave_id = ? AND t.id = ?`).get(opgaveId, id) as Row | undefined;
  if (!row) throw new NotFound('Teamlid', id);
  return toMember(row);
}

/**
 * Names an account or a person on the team of a casus. A lezer's account sees no casus, so it is
 * refused; naming someone twice for overlapping periods is a conflict.
 */
export function addTeamMember(
  db: Db,
  opgaveId: string,
  input: CasusTeamMemberCreate,
  addedBy: string | null,
): CasusTeamMember {
  return db.transaction(() => {
    if (kindOf(db, opgaveId) !== 'casus') {
      throw new Conflict('Alleen een casus heeft een team; een opgave is voor iedereen zichtbaar.');
    }
    if (input.userId !== undefined) {
      const role = db.prepare('SELECT role FROM users WHERE id = ?').pluck().get(input.userId) as
        | string
        | undefined;
      if (!role)
        throw unprocessable([{ field: 'userId', message: `account "${input.userId}" bestaat niet` }]);
      if (role === 'lezer') {
        throw unprocessable(
          [{ field: 'userId', message: 'een lezer ziet geen casussen' }],
          'Een account met de rol lezer kan niet in een casusteam.',
        );
      }
    }
    if (
      input.personId !== undefined &&
      !db.prepare('SELECT 1 FROM people WHERE id = ?').get(input.personId)
    ) {
      throw unprocessable([{ field: 'personId', message: `persoon "${input.personId}" bestaat niet` }]);
    }
    const since = input.since ?? null;
    const until = input.until ?? null;
    const overlapping = db
      .prepare(
        `SELECT 1 FROM casus_team WHERE opgave_id = @opgave
           AND (user_id = @user OR person_id = @person)
           AND (since IS NULL OR @until IS NULL OR since <= @until)
           AND (until IS NULL OR @since IS NULL OR until >= @since)`,
      )
      .get({ opgave: opgaveId, user: input.userId ?? null, person: input.personId ?? null, since, until });
    if (overlapping) throw new Conflict('Dit account of deze persoon staat in die periode al in het team.');
    const id = newId('team');
    db.prepare(
      `INSERT INTO casus_team (id, opgave_id, user_id, person_id, since, until, added_by, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, opgaveId, input.userId ?? null, input.personId ?? null, since, until, addedBy, now());
    return getTeamMember(db, opgaveId, id);
  })();
}

export function updateTeamMember(
  db: Db,
  opgaveId: string,
  id: string,
  patch: CasusTeamMemberUpdate,
): CasusTeamMember {
  return db.transaction(() => {
    const current = getTeamMember(db, opgaveId, id);
    const since = patch.since === undefined ? current.since : patch.since;
    const until = patch.until === undefined ? current.until : patch.until;
    if (since && until && since > until) {
      throw unprocessable([{ field: 'until', message: '"tot" ligt vóór "sinds"' }]);
    }
    db.prepare('UPDATE casus_team SET since = ?, until = ? WHERE id = ?').run(
      since ?? null,
      until ?? null,
      id,
    );
    return getTeamMember(db, opgaveId, id);
  })();
}

export function removeTeamMember(db: Db, opgaveId: string, id: string): void {
  db.transaction(() => {
    getTeamMember(db, opgaveId, id);
    db.prepare('DELETE FROM casus_team WHERE id = ?').run(id);
  })();
}

// ---------------------------------------------------------------- as the caller, through the policy

export function listTeamAs(access: Access, opgaveId: string) {
  access.requireOpgave(opgaveId);
  return listTeam(access.db, opgaveId);
}

export function addTeamMemberAs(access: Access, opgaveId: string, input: CasusTeamMemberCreate) {
  assertMayManageTeam(access, opgaveId);
  access.audit.objectType = 'casus-team';
  const created = addTeamMember(access.db, opgaveId, input, access.user?.id ?? null);
  access.audit.objectId = created.id;
  return created;
}

export function updateTeamMemberAs(
  access: Access,
  opgaveId: string,
  id: string,
  patch: CasusTeamMemberUpdate,
) {
  assertMayManageTeam(access, opgaveId);
  access.audit.objectType = 'casus-team';
  access.audit.objectId = id;
  return updateTeamMember(access.db, opgaveId, id, patch);
}

export function removeTeamMemberAs(access: Access, opgaveId: string, id: string): void {
  assertMayManageTeam(access, opgaveId);
  access.audit.objectType = 'casus-team';
  access.audit.objectId = id;
  removeTeamMember(access.db, opgaveId, id);
}

/** A casus's team as a backup names it: people by id, accounts by user name. */
export function teamForDataset(db: Db, opgaveId: string): DatasetTeamEntry[] {
  const rows = db
    .prepare(
      `SELECT t.person_id AS personId, u.username, t.since, t.until FROM casus_team t
       LEFT JOIN users u ON u.id = t.user_id WHERE t.opgave_id = ?
       ORDER BY t.person_id IS NULL, t.person_id, u.username, t.since, t.until`,
    )
    .all(opgaveId) as {
    personId: string | null;
    username: string | null;
    since: string | null;
    until: string | null;
  }[];
  return rows.map((r) => ({
    ...(r.personId !== null ? { personId: r.personId } : { username: r.username ?? '' }),
    ...(r.since !== null ? { since: r.since } : {}),
    ...(r.until !== null ? { until: r.until } : {}),
  }));
}

/** A team entry of a backup with its account found: what `replaceTeam` stores. */
export type ResolvedTeamEntry = {
  userId: string | null;
  personId: string | null;
  since: string | null;
  until: string | null;
};

/**
 * Finds the account a backup's team entry names by user name; a missing account or a lezer (who
 * sees no casus) is a field error, as is the same account or person twice for overlapping periods.
 */
export function resolveTeam(
  db: Db,
  entries: readonly Record<string, unknown>[],
  errors: { field: string; message: string }[],
): ResolvedTeamEntry[] {
  const resolved: ResolvedTeamEntry[] = [];
  entries.forEach((e, i) => {
    let userId: string | null = null;
    if (typeof e.username === 'string') {
      const user = db
        .prepare('SELECT id, role FROM users WHERE username = ? COLLATE NOCASE')
        .get(e.username) as { id: string; role: string } | undefined;
      if (!user) {
        errors.push({ field: `team.${i}.username`, message: `account "${e.username}" bestaat hier niet` });
        return;
      }
      if (user.role === 'lezer') {
        errors.push({ field: `team.${i}.username`, message: 'een lezer ziet geen casussen' });
        return;
      }
      userId = user.id;
    }
    const entry: ResolvedTeamEntry = {
      userId,
      personId: typeof e.personId === 'string' ? e.personId : null,
      since: typeof e.since === 'string' ? e.since : null,
      until: typeof e.until === 'string' ? e.until : null,
    };
    const overlaps = resolved.some(
      (r) =>
        ((r.userId !== null && r.userId === entry.userId) ||
          (r.personId !== null && r.personId === entry.personId)) &&
        (r.since === null || entry.until === null || r.since <= entry.until) &&
        (r.until === null || entry.since === null || r.until >= entry.since),
    );
    if (overlaps) {
      errors.push({
        field: `team.${i}`,
        message: 'dit account of deze persoon staat in die periode al in het team',
      });
      return;
    }
    resolved.push(entry);
  });
  return resolved;
}

/** Replaces a casus's team by a backup's (inside the import's transaction). */
export function replaceTeam(db: Db, opgaveId: string, entries: readonly ResolvedTeamEntry[]): void {
  db.prepare('DELETE FROM casus_team WHERE opgave_id = ?').run(opgaveId);
  const insert = db.prepare(
    `INSERT INTO casus_team (id, opgave_id, user_id, person_id, since, until, added_by, added_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?)`,
  );
  for (const e of entries) insert.run(newId('team'), opgaveId, e.userId, e.personId, e.since, e.until, now());
}
