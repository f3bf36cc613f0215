import type {
  Opgave,
  OpgaveCreate,
  OpgaveUpdate,
  Page,
  Participant,
  ParticipantCreate,
  ParticipantUpdate,
} from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { conflict, notFound } from '../http/problem.ts';
import type { Access } from '../policy/access.ts';
import {
  assertMayChangeKind,
  casusCreator,
  checkChosenId,
  noteCodeConflict,
  participantIdShape,
} from '../policy/rules.ts';
import { participantsTable, opgavenTable as table } from '../repos/tables.ts';
import { addTeamMember } from './casus-team.service.ts';
import { newId, now } from './ids.ts';
import { assertNewId, RefCheck } from './refs.ts';

export type OpgaveFilter = {
  q?: string | undefined;
  level?: string | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  templateId?: string | undefined;
  actorId?: string | undefined;
  /** casussen the caller may not see: left out of the list */
  hidden?: readonly string[] | undefined;
  limit: number;
  offset: number;
};

const participantCount = (db: Db, id: unknown) =>
  db.prepare('SELECT count(*) FROM participants WHERE opgave_id = ?').pluck().get(id) as number;

export function listOpgaven(db: Db, f: OpgaveFilter): Page<Opgave> {
  const conditions = f.actorId
    ? [{ sql: 't.id IN (SELECT opgave_id FROM participants WHERE actor_id = ?)', params: [f.actorId] }]
    : [];
  if (f.hidden?.length) {
    conditions.push({
      sql: 't.id NOT IN (SELECT value FROM json_each(?))',
      params: [JSON.stringify(f.hidden)],
    });
  }
  const { items, total } = table.list(db, {
    where: { level: f.level, status: f.status, kind: f.kind, templateId: f.templateId },
    conditions,
    q: f.q,
    limit: f.limit,
    offset: f.offset,
  });
  return {
    items: items.map((o) => ({ ...(o as Opgave), participantCount: participantCount(db, o.id) })),
    total,
    limit: f.limit,
    offset: f.offset,
  };
}

export function getOpgave(db: Db, id: string): Opgave {
  const row = table.get(db, id);
  if (!row) throw notFound('Opgave', id);
  return { ...(row as Opgave), participantCount: participantCount(db, id) };
}

function checkOpgave(db: Db, input: OpgaveUpdate, current?: Opgave): void {
  const check = new RefCheck(db).require('templateId', 'templates', input.templateId);
  const kind = input.kind ?? current?.kind;
  const code = input.code === undefined ? current?.code : input.code;
  if (kind === 'casus' && !code) check.add('code', 'een casus heeft een pseudonieme code');
  const since = input.since === undefined ? current?.since : input.since;
  const until = input.until === undefined ? current?.until : input.until;
  if (since && until && since > until) check.add('until', '"tot" ligt vóór "sinds"');
  check.throwIfAny();
  if (code) {
    const other = db.prepare('SELECT id FROM opgaven WHERE code = ?').pluck().get(code) as string | undefined;
    if (other !== undefined && other !== current?.id) throw conflict(`De code "${code}" is al in gebruik.`);
  }
}

export function createOpgave(db: Db, input: OpgaveCreate): Opgave {
  return db.transaction(() => {
    const id = input.id ?? newId(input.kind === 'casus' ? 'cas' : 'opg');
    assertNewId(db, 'opgaven', id);
    checkOpgave(db, input);
    const stamp = now();
    table.insert(db, { ...input, id, createdAt: stamp, updatedAt: stamp });
    return getOpgave(db, id);
  })();
}

/**
 * A casus made by a regisseur: their account joins its team and their person takes part as its
 * regisseur, in the same transaction.
 */
export function createCasusWithRegisseur(
  db: Db,
  input: OpgaveCreate,
  creator: { userId: string; personId: string },
): Opgave {
  return db.transaction(() => {
    const created = createOpgave(db, input);
    createParticipant(db, created.id, { actorId: creator.personId, role: 'regisseur' });
    addTeamMember(db, created.id, { userId: creator.userId }, creator.userId);
    return getOpgave(db, created.id);
  })();
}

export function updateOpgave(db: Db, id: string, patch: OpgaveUpdate): Opgave {
  return db.transaction(() => {
    const current = getOpgave(db, id);
    checkOpgave(db, patch, current);
    table.update(db, id, { ...patch, updatedAt: now() });
    return getOpgave(db, id);
  })();
}

export function deleteOpgave(db: Db, id: string): void {
  db.transaction(() => {
    getOpgave(db, id);
    db.prepare("DELETE FROM annotations WHERE target_type = 'opgave' AND target_id = ?").run(id);
    db.prepare("DELETE FROM annotations WHERE target_type = 'map' AND target_id = ?").run(id);
    table.remove(db, id);
  })();
}

// ---------------------------------------------------------------- participants

const PARTICIPANT_SELECT = `SELECT t.*, a.kind AS actor_kind, coalesce(p.name, o.name) AS actor_label
  FROM participants t JOIN actors a ON a.id = t.actor_id
  LEFT JOIN people p ON p.id = t.actor_id LEFT JOIN organisations o ON o.id = t.actor_id`;

function toParticipant(row: Record<string, unknown>): Participant {
  const base = participantsTable.fromRow(row);
  return {
    id: String(base.id),
    opgaveId: String(base.opgaveId),
    actorId: String(base.actorId),
    actorKind: row.actor_kind as Participant['actorKind'],
    actorLabel: String(row.actor_label),
    role: base.role as Participant['role'],
    since: (base.since as string | null) ?? null,
    until: (base.until as string | null) ?? null,
    note: (base.note as string | null) ?? null,
  };
}

export function listParticipants(db: Db, opgaveId: string): { items: Participant[]; total: number } {
  getOpgave(db, opgaveId);
  const rows = db
    .prepare(`${PARTICIPANT_SELECT} WHERE t.opgave_id = ? ORDER BY t.role, actor_label`)
    .all(opgaveId) as Record<string, unknown>[];
  return { items: rows.map(toParticipant), total: rows.length };
}

export function getParticipant(db: Db, opgaveId: string, id: string): Participant {
  const row = db.prepare(`${PARTICIPANT_SELECT} WHERE t.opgave_id = ? AND t.id = ?`).get(opgaveId, id) as
    | Record<string, unknown>
    | undefined;
  if (!row) throw notFound('Deelnemer', id);
  return toParticipant(row);
}

function assertUniqueRole(db: Db, opgaveId: string, actorId: string, role: string, exceptId?: string): void {
  const other = db
    .prepare('SELECT id FROM participants WHERE opgave_id = ? AND actor_id = ? AND role = ?')
    .pluck()
    .get(opgaveId, actorId, role) as string | undefined;
  if (other !== undefined && other !== exceptId) {
    throw conflict(`Deze actor neemt al deel aan de opgave als ${role}.`);
  }
}

export function createParticipant(db: Db, opgaveId: string, input: ParticipantCreate): Participant {
  return db.transaction(() => {
    getOpgave(db, opgaveId);
    new RefCheck(db).require('actorId', 'actors', input.actorId).throwIfAny();
    const id = input.id ?? newId('dln');
    if (db.prepare('SELECT 1 FROM participants WHERE id = ?').get(id)) {
      throw conflict(`Het id "${id}" is al in gebruik.`);
    }
    assertUniqueRole(db, opgaveId, input.actorId, input.role);
    participantsTable.insert(db, { ...input, id, opgaveId });
    db.prepare('UPDATE opgaven SET updated_at = ? WHERE id = ?').run(now(), opgaveId);
    return getParticipant(db, opgaveId, id);
  })();
}

export function updateParticipant(
  db: Db,
  opgaveId: string,
  id: string,
  patch: ParticipantUpdate,
): Participant {
  return db.transaction(() => {
    const current = getParticipant(db, opgaveId, id);
    const since = patch.since === undefined ? current.since : patch.since;
    const until = patch.until === undefined ? current.until : patch.until;
    if (since && until && since > until)
      new RefCheck(db).add('until', '"tot" ligt vóór "sinds"').throwIfAny();
    if (patch.role) assertUniqueRole(db, opgaveId, current.actorId, patch.role, id);
    participantsTable.update(db, id, patch);
    return getParticipant(db, opgaveId, id);
  })();
}

export function deleteParticipant(db: Db, opgaveId: string, id: string): void {
  db.transaction(() => {
    getParticipant(db, opgaveId, id);
    participantsTable.remove(db, id);
  })();
}

// ---------------------------------------------------------------- as the caller, through the policy

/** The opgaven and casussen the caller may see; the casussen listed are logged as read. */
export function listOpgavenAs(access: Access, f: Omit<OpgaveFilter, 'hidden'>): Page<Opgave> {
  const page = listOpgaven(access.db, { ...f, hidden: access.hiddenList() });
  for (const o of page.items) if (o.kind === 'casus' && o.code) access.audit.casusCodes.add(o.code);
  return page;
}

export function createOpgaveAs(access: Access, input: OpgaveCreate): Opgave {
  checkChosenId(access, 'opgave', input.id);
  if (input.code) noteCodeConflict(access, input.code);
  const creator = input.kind === 'casus' ? casusCreator(access) : null;
  return creator ? createCasusWithRegisseur(access.db, input, creator) : createOpgave(access.db, input);
}

export function updateOpgaveAs(access: Access, id: string, patch: OpgaveUpdate): Opgave {
  assertMayChangeKind(access, getOpgave(access.db, id).kind, patch.kind);
  access.noteOpgave(id);
  if (patch.code) noteCodeConflict(access, patch.code);
  return updateOpgave(access.db, id, patch);
}

/** A participant added through the API: a chosen id may not reach into another opgave. */
export function createParticipantAs(access: Access, opgaveId: string, input: ParticipantCreate): Participant {
  checkChosenId(access, 'participant', input.id, participantIdShape(opgaveId));
  return createParticipant(access.db, opgaveId, input);
}
