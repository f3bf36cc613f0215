import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  type ApplyResult,
  type ChangeSet,
  DEFAULT_SCORE_QUESTIONS,
  dayBefore,
  type InvitationStatus,
  RESPONSE_RATE_THRESHOLD,
  type RespondentView,
  STRENGTH_BY_FREQUENCY,
  SURVEY_FREQUENCIES,
  type Survey,
  type SurveyAnswer,
  type SurveyAnswersInput,
  type SurveyApplication,
  type SurveyComparison,
  type SurveyCreate,
  type SurveyDetail,
  type SurveyFrequency,
  type SurveyInvitation,
  type SurveyQuestions,
  type SurveyRaadComparison,
  type SurveyRaadResults,
  type SurveyResults,
  type SurveyRosterEntry,
  type SurveyTie,
  type Symmetrize,
} from '@regiekaart/model';
import type { Access } from '../auth/access.ts';
import type { Db } from '../db/database.ts';
import { bumpGeneration } from '../db/generation.ts';
import { ApiError, conflict, notFound, unprocessable } from '../http/problem.ts';
import { linksTable } from '../repos/tables.ts';
import { getChangeSet, recordChanges, undoChangeSet } from './change-sets.service.ts';
import { newId, now } from './ids.ts';

const today = () => new Date().toISOString().slice(0, 10);

type SurveyRow = {
  id: string;
  name: string;
  opgave_id: string | null;
  previous_survey_id: string | null;
  status: 'open' | 'gesloten';
  survey_date: string;
  closes_on: string | null;
  closed_at: string | null;
  questions: string;
  created_at: string;
  updated_at: string;
};

type RespondentRow = {
  survey_id: string;
  person_id: string;
  speaks_for: string;
  token_hash: string | null;
  sent_at: string | null;
  emailed_at: string | null;
  reminded_at: string | null;
  opened_at: string | null;
  answered_at: string | null;
};

/** A survey's application is a change set of kind `survey`; its summary says what it did. */
type ApplicationSummary = {
  surveyId: string;
  survey: string;
  date: string;
  symmetrize: Symmetrize;
  created: number;
  ended: number;
  continued: number;
  text: string;
};

// ---------------------------------------------------------------- tokens

/** 32 random bytes (256 bits), base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// ---------------------------------------------------------------- reading

function surveyRow(db: Db, id: string): SurveyRow {
  const row = db.prepare('SELECT * FROM surveys WHERE id = ?').get(id) as SurveyRow | undefined;
  if (!row) throw notFound('Uitvraag', id);
  return row;
}

/**
 * The survey, or 404 as if it did not exist when it belongs to a casus outside the caller's team.
 * The one place where survey routes ask the casus policy.
 */
export function requireVisibleSurvey(db: Db, access: Access, id: string): SurveyRow {
  const row = surveyRow(db, id);
  if (row.opgave_id) {
    access.noteOpgave(row.opgave_id);
    if (access.isHidden(row.opgave_id)) {
      access.audit.denied = true;
      throw notFound('Uitvraag', id);
    }
  }
  return row;
}

function respondentRows(db: Db, surveyId: string): RespondentRow[] {
  return db
    .prepare('SELECT * FROM survey_respondents WHERE survey_id = ? ORDER BY position')
    .all(surveyId) as RespondentRow[];
}

const statusOf = (r: RespondentRow): InvitationStatus =>
  r.answered_at ? 'answered' : r.opened_at ? 'opened' : r.sent_at ? 'sent' : 'not sent';

/** Name, organisation and domain of actors, as on a roster; a person's organisation is today's. */
function describeActors(db: Db, ids: string[]): Map<string, SurveyRosterEntry> {
  const out = new Map<string, SurveyRosterEntry>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT a.id, a.kind, COALESCE(o.name, p.name) AS name, o.domain AS org_domain,
         (SELECT mo.name FROM memberships m JOIN organisations mo ON mo.id = m.organisation_id
           WHERE m.person_id = p.id AND (m.since IS NULL OR m.since <= @day) AND (m.until IS NULL OR m.until >= @day)
           ORDER BY m.since DESC LIMIT 1) AS person_org,
         (SELECT mo.domain FROM memberships m JOIN organisations mo ON mo.id = m.organisation_id
           WHERE m.person_id = p.id AND (m.since IS NULL OR m.since <= @day) AND (m.until IS NULL OR m.until >= @day)
           ORDER BY m.since DESC LIMIT 1) AS person_domain
       FROM actors a LEFT JOIN organisations o ON o.id = a.id LEFT JOIN people p ON p.id = a.id
       WHERE a.id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ ids: JSON.stringify(ids), day: today() }) as {
    id: string;
    kind: 'person' | 'organisation';
    name: string;
    org_domain: string | null;
    person_org: string | null;
    person_domain: string | null;
  }[];
  for (const r of rows) {
    out.set(r.id, {
      actorId: r.id,
      kind: r.kind,
      name: r.name,
      organisation: r.kind === 'person' ? r.person_org : null,
      domain: r.kind === 'person' ? r.person_domain : r.org_domain,
    });
  }
  return out;
}

function rosterOf(db: Db, surveyId: string): SurveyRosterEntry[] {
  const ids = db
    .prepare('SELECT actor_id FROM survey_roster WHERE survey_id = ? ORDER BY position')
    .pluck()
    .all(surveyId) as string[];
  const described = describeActors(db, ids);
  return ids.map((id) => described.get(id)).filter((e): e is SurveyRosterEntry => e !== undefined);
}

/** The survey's application that is in force: its latest change set that was not undone. */
function activeApplication(db: Db, surveyId: string): ChangeSet | undefined {
  const id = db
    .prepare(
      `SELECT id FROM change_sets WHERE kind = 'survey' AND json_extract(summary, '$.surveyId') = ?
         AND undone_at IS NULL ORDER BY at DESC, id DESC LIMIT 1`,
    )
    .pluck()
    .get(surveyId) as string | undefined;
  return id ? getChangeSet(db, id) : undefined;
}

function toApplication(db: Db, set: ChangeSet): SurveyApplication {
  const summary = set.summary as ApplicationSummary;
  const linkIds = db
    .prepare(
      `SELECT json_extract(row_key, '$[0]') FROM change_rows
       WHERE change_set_id = ? AND table_name = 'links' AND op = 'insert' ORDER BY seq`,
    )
    .pluck()
    .all(set.id) as string[];
  return {
    id: set.id,
    importId: set.id,
    surveyId: summary.surveyId,
    symmetrize: summary.symmetrize,
    appliedAt: set.at,
    linkIds,
    ended: summary.ended ?? 0,
    continued: summary.continued ?? 0,
    undoneAt: set.undoneAt,
  };
}

/** Closed by hand, or its last day to answer has passed. */
const isClosed = (row: SurveyRow) =>
  row.status === 'gesloten' || (row.closes_on !== null && row.closes_on < today());

function toSurvey(db: Db, row: SurveyRow): Survey {
  const respondents = respondentRows(db, row.id);
  const count = (f: (r: RespondentRow) => unknown) => respondents.filter(f).length;
  const answered = count((r) => r.answered_at);
  const roster = db
    .prepare('SELECT count(*) FROM survey_roster WHERE survey_id = ?')
    .pluck()
    .get(row.id) as number;
  const application = activeApplication(db, row.id);
  return {
    id: row.id,
    name: row.name,
    opgaveId: row.opgave_id,
    previousSurveyId: row.previous_survey_id,
    status: isClosed(row) ? 'gesloten' : 'open',
    date: row.survey_date,
    closesOn: row.closes_on,
    closedAt: row.closed_at,
    questions: JSON.parse(row.questions) as SurveyQuestions,
    counts: {
      roster,
      respondents: respondents.length,
      sent: count((r) => r.sent_at),
      opened: count((r) => r.opened_at),
      answered,
    },
    responseRate: respondents.length ? answered / respondents.length : 0,
    application: application ? toApplication(db, application) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listSurveys(db: Db, access: Access): { items: Survey[]; total: number } {
  const hidden = JSON.stringify(access.hiddenList());
  const rows = db
    .prepare(
      `SELECT * FROM surveys WHERE opgave_id IS NULL OR opgave_id NOT IN (SELECT value FROM json_each(?))
       ORDER BY survey_date DESC, created_at DESC`,
    )
    .all(hidden) as SurveyRow[];
  // a casus's survey in the list is a read of that casus, logged with its code as any other
  for (const r of rows) access.noteOpgave(r.opgave_id);
  return { items: rows.map((r) => toSurvey(db, r)), total: rows.length };
}

/**
 * Logs the casussen whose surveys appear in a list of change sets (a survey applied to the network
 * names the survey), as reading them elsewhere does.
 */
export function noteSurveySets(
  access: Access,
  sets: readonly { kind: string; summary?: Record<string, unknown> | null }[],
): void {
  const opgaveOf = access.db.prepare('SELECT opgave_id FROM surveys WHERE id = ?').pluck();
  for (const set of sets) {
    const surveyId = set.kind === 'survey' ? set.summary?.surveyId : undefined;
    if (typeof surveyId === 'string') access.noteOpgave(opgaveOf.get(surveyId) as string | null | undefined);
  }
}

function invitationsOf(db: Db, surveyId: string): SurveyInvitation[] {
  const rows = respondentRows(db, surveyId);
  const people = db
    .prepare(
      'SELECT id, name, email FROM people WHERE id IN (SELECT person_id FROM survey_respondents WHERE survey_id = ?)',
    )
    .all(surveyId) as { id: string; name: string; email: string | null }[];
  const byId = new Map(people.map((p) => [p.id, p]));
  const described = describeActors(db, [...new Set(rows.flatMap((r) => [r.person_id, r.speaks_for]))]);
  return rows.map((r) => {
    const self = described.get(r.person_id);
    const side = described.get(r.speaks_for);
    return {
      respondentId: r.person_id,
      name: byId.get(r.person_id)?.name ?? r.person_id,
      email: byId.get(r.person_id)?.email ?? null,
      organisation: self?.organisation ?? null,
      domain: side?.domain ?? self?.domain ?? null,
      speaksFor: r.speaks_for,
      status: statusOf(r),
      sentAt: r.sent_at,
      openedAt: r.opened_at,
      answeredAt: r.answered_at,
      remindedAt: r.reminded_at,
    };
  });
}

export function getSurvey(db: Db, access: Access, id: string): SurveyDetail {
  const row = requireVisibleSurvey(db, access, id);
  return { ...toSurvey(db, row), roster: rosterOf(db, id), invitations: invitationsOf(db, id) };
}

// ---------------------------------------------------------------- creating

function defaultKinds(db: Db): string[] {
  return db.prepare('SELECT code FROM link_kinds ORDER BY rowid').pluck().all() as string[];
}

function resolveQuestions(
  db: Db,
  input: SurveyCreate['questions'],
  previous?: SurveyQuestions,
): SurveyQuestions {
  const labels = new Map(
    (db.prepare('SELECT code, label FROM link_kinds').all() as { code: string; label: string }[]).map((k) => [
      k.code,
      k.label,
    ]),
  );
  const codes = input?.kinds ?? previous?.kinds.map((k) => k.code) ?? defaultKinds(db);
  const unknown = codes.map((code, i) => ({ code, i })).filter(({ code }) => !labels.has(code));
  if (unknown.length) {
    throw unprocessable(
      unknown.map(({ code, i }) => ({
        field: `questions.kinds.${i}`,
        message: `onbekende soort verbinding "${code}"`,
      })),
    );
  }
  const scores = input?.scores ?? previous?.scores ?? DEFAULT_SCORE_QUESTIONS;
  if (new Set(scores.map((s) => s.id)).size !== scores.length) {
    throw unprocessable([{ field: 'questions.scores', message: 'elke scorevraag heeft een eigen id' }]);
  }
  return {
    kinds: [...new Set(codes)].map((code) => ({ code, label: labels.get(code) ?? code })),
    scores,
    // a previous round without a free-text question (null) carries that over too
    freeText:
      input?.freeText === undefined
        ? previous
          ? previous.freeText
          : 'Toelichting (optioneel)'
        : (input.freeText ?? null),
    period: input?.period ?? previous?.period ?? 'de afgelopen zes maanden',
  };
}

/**
 * The actor on the roster a respondent answers for: themselves when they are on it, else their
 * organisation of today when that is on it, else themselves.
 */
function speaksFor(db: Db, personId: string, roster: Set<string>): string {
  if (roster.has(personId)) return personId;
  const orgs = db
    .prepare(
      `SELECT organisation_id FROM memberships WHERE person_id = ?
         AND (since IS NULL OR since <= @day) AND (until IS NULL OR until >= @day) ORDER BY since DESC`,
    )
    .pluck()
    .all(personId, { day: today() }) as string[];
  return orgs.find((o) => roster.has(o)) ?? personId;
}

export function createSurvey(db: Db, access: Access, input: SurveyCreate): SurveyDetail {
  return db.transaction(() => {
    const errors: { field: string; message: string }[] = [];
    let previous: SurveyRow | undefined;
    if (input.previousSurveyId) {
      previous = db.prepare('SELECT * FROM surveys WHERE id = ?').get(input.previousSurveyId) as
        | SurveyRow
        | undefined;
      if (!previous || (previous.opgave_id && access.isHidden(previous.opgave_id))) {
        errors.push({
          field: 'previousSurveyId',
          message: `uitvraag "${input.previousSurveyId}" bestaat niet`,
        });
        previous = undefined;
      }
    }
    const date = input.date ?? today();
    if (previous && date <= previous.survey_date) {
      throw new ApiError(
        400,
        'Ongeldige invoer',
        `Een nieuwe ronde ligt na de vorige ronde: kies een peildatum na ${previous.survey_date}.`,
        [
          {
            field: 'date',
            message: `een nieuwe ronde ligt na de vorige ronde (peildatum ${previous.survey_date})`,
          },
        ],
      );
    }
    const opgaveId = input.opgaveId ?? (input.opgaveId === undefined ? previous?.opgave_id : null) ?? null;
    if (opgaveId) {
      const exists = db.prepare('SELECT 1 FROM opgaven WHERE id = ?').get(opgaveId);
      if (!exists || access.isHidden(opgaveId)) {
        errors.push({ field: 'opgaveId', message: `opgave "${opgaveId}" bestaat niet` });
      } else access.noteOpgave(opgaveId);
    }
    const carried = (table: 'survey_roster' | 'survey_respondents', column: string) =>
      previous
        ? (db
            .prepare(`SELECT ${column} FROM ${table} WHERE survey_id = ? ORDER BY position`)
            .pluck()
            .all(previous.id) as string[])
        : [];
    const rosterIds = [...new Set(input.rosterIds ?? carried('survey_roster', 'actor_id'))];
    const respondentIds = [...new Set(input.respondentIds ?? carried('survey_respondents', 'person_id'))];
    if (rosterIds.length === 0)
      errors.push({ field: 'rosterIds', message: 'het rooster noemt minstens één partner' });
    if (respondentIds.length === 0)
      errors.push({ field: 'respondentIds', message: 'de uitvraag heeft minstens één respondent' });
    const actorExists = db.prepare('SELECT kind FROM actors WHERE id = ?').pluck();
    rosterIds.forEach((id, i) => {
      if (actorExists.get(id) === undefined)
        errors.push({ field: `rosterIds.${i}`, message: `actor "${id}" bestaat niet` });
    });
    respondentIds.forEach((id, i) => {
      const kind = actorExists.get(id);
      if (kind === undefined)
        errors.push({ field: `respondentIds.${i}`, message: `persoon "${id}" bestaat niet` });
      else if (kind !== 'person')
        errors.push({
          field: `respondentIds.${i}`,
          message: `"${id}" is een organisatie; respondenten zijn personen`,
        });
    });
    if (errors.length) throw unprocessable(errors);
    const questions = resolveQuestions(
      db,
      input.questions,
      previous ? (JSON.parse(previous.questions) as SurveyQuestions) : undefined,
    );

    const id = newId('svy');
    const stamp = now();
    db.prepare(
      `INSERT INTO surveys (id, name, opgave_id, previous_survey_id, status, survey_date, closes_on, questions, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      input.name,
      opgaveId,
      previous?.id ?? null,
      date,
      input.closesOn ?? null,
      JSON.stringify(questions),
      access.user?.id ?? null,
      stamp,
      stamp,
    );
    const roster = new Set(rosterIds);
    const addRoster = db.prepare(
      'INSERT INTO survey_roster (survey_id, actor_id, position) VALUES (?, ?, ?)',
    );
    for (const [i, actorId] of rosterIds.entries()) addRoster.run(id, actorId, i);
    const addRespondent = db.prepare(
      'INSERT INTO survey_respondents (survey_id, person_id, speaks_for, position) VALUES (?, ?, ?, ?)',
    );
    for (const [i, personId] of respondentIds.entries())
      addRespondent.run(id, personId, speaksFor(db, personId, roster), i);
    return getSurvey(db, access, id);
  })();
}

// ---------------------------------------------------------------- invitations

export type IssuedLink = { respondentId: string; name: string; email: string | null; token: string };

/**
 * New links for the given respondents (default: all). A respondent's earlier link stops working;
 * their answers stay. Only the token's hash is kept, so the links exist only in this answer.
 */
export function issueLinks(
  db: Db,
  access: Access,
  surveyId: string,
  respondentIds?: string[],
  opts: { onlyNonRespondents?: boolean; reminder?: boolean } = {},
): IssuedLink[] {
  return db.transaction(() => {
    const row = requireVisibleSurvey(db, access, surveyId);
    if (isClosed(row)) throw conflict('De uitvraag is gesloten: er kunnen geen links meer uit.');
    const all = respondentRows(db, surveyId);
    const known = new Set(all.map((r) => r.person_id));
    const unknown = (respondentIds ?? []).map((id, i) => ({ id, i })).filter(({ id }) => !known.has(id));
    if (unknown.length) {
      throw unprocessable(
        unknown.map(({ id, i }) => ({
          field: `respondentIds.${i}`,
          message: `"${id}" is geen respondent van deze uitvraag`,
        })),
      );
    }
    const wanted = new Set(respondentIds ?? all.map((r) => r.person_id));
    const chosen = all.filter((r) => wanted.has(r.person_id) && !(opts.onlyNonRespondents && r.answered_at));
    const people = new Map(
      (
        db
          .prepare('SELECT id, name, email FROM people WHERE id IN (SELECT value FROM json_each(?))')
          .all(JSON.stringify(chosen.map((r) => r.person_id))) as {
          id: string;
          name: string;
          email: string | null;
        }[]
      ).map((p) => [p.id, p]),
    );
    const stamp = now();
    const update = db.prepare(
      `UPDATE survey_respondents SET token_hash = ?, sent_at = COALESCE(sent_at, ?),
         reminded_at = CASE WHEN ? THEN ? ELSE reminded_at END WHERE survey_id = ? AND person_id = ?`,
    );
    return chosen.map((r) => {
      const token = newToken();
      update.run(hashToken(token), stamp, opts.reminder ? 1 : 0, stamp, surveyId, r.person_id);
      const person = people.get(r.person_id);
      return {
        respondentId: r.person_id,
        name: person?.name ?? r.person_id,
        email: person?.email ?? null,
        token,
      };
    });
  })();
}

export function markEmailed(db: Db, surveyId: string, personIds: string[]): void {
  const stamp = now();
  const update = db.prepare(
    'UPDATE survey_respondents SET emailed_at = ? WHERE survey_id = ? AND person_id = ?',
  );
  db.transaction(() => {
    for (const id of personIds) update.run(stamp, surveyId, id);
  })();
}

export function surveyName(db: Db, surveyId: string): { name: string; closesOn: string | null } {
  const row = surveyRow(db, surveyId);
  return { name: row.name, closesOn: row.closes_on };
}

// ---------------------------------------------------------------- the respondent

export type Respondent = { surveyId: string; personId: string; name: string; speaksFor: string };

/**
 * The respondent a token belongs to: 404 for a token that is malformed, made up or replaced,
 * 410 once the survey is closed or its last day has passed. The stored hash is compared in
 * constant time.
 */
export function respondentByToken(db: Db, token: string): { respondent: Respondent; survey: SurveyRow } {
  const unknown = () =>
    new ApiError(
      404,
      'Link onbekend',
      'Deze link is onbekend of vervangen door een nieuwere. Vraag de afzender om een nieuwe link.',
    );
  if (!TOKEN_PATTERN.test(token)) throw unknown();
  const hash = hashToken(token);
  const row = db
    .prepare(
      `SELECT r.survey_id, r.person_id, r.speaks_for, r.token_hash, p.name FROM survey_respondents r
       JOIN people p ON p.id = r.person_id WHERE r.token_hash = ?`,
    )
    .get(hash) as
    | { survey_id: string; person_id: string; speaks_for: string; token_hash: string; name: string }
    | undefined;
  const stored = Buffer.from(row?.token_hash ?? '0'.repeat(64), 'hex');
  if (!timingSafeEqual(stored, Buffer.from(hash, 'hex')) || !row) throw unknown();
  const survey = surveyRow(db, row.survey_id);
  if (isClosed(survey)) {
    throw new ApiError(
      410,
      'Uitvraag gesloten',
      `De uitvraag "${survey.name}" is gesloten; antwoorden kan niet meer. Dank voor uw belangstelling.`,
    );
  }
  return {
    respondent: {
      surveyId: row.survey_id,
      personId: row.person_id,
      name: row.name,
      speaksFor: row.speaks_for,
    },
    survey,
  };
}

type AnswerRow = {
  actor_id: string;
  frequency: SurveyFrequency;
  kinds: string;
  quality: string;
  note: string | null;
};

const toAnswer = (r: AnswerRow): SurveyAnswer => ({
  actorId: r.actor_id,
  frequency: r.frequency,
  kinds: JSON.parse(r.kinds) as string[],
  quality: JSON.parse(r.quality) as Record<string, number>,
  note: r.note,
});

function answersOf(db: Db, surveyId: string, personId: string): SurveyAnswer[] {
  return (
    db
      .prepare(
        `SELECT a.* FROM survey_answers a JOIN survey_roster r ON r.survey_id = a.survey_id AND r.actor_id = a.actor_id
         WHERE a.survey_id = ? AND a.person_id = ? ORDER BY r.position`,
      )
      .all(surveyId, personId) as AnswerRow[]
  ).map(toAnswer);
}

/** What a respondent sees: the roster without the side they answer for, the questions, their own answers. */
export function respondentView(db: Db, token: string): { view: RespondentView; respondent: Respondent } {
  const { respondent, survey } = respondentByToken(db, token);
  db.prepare(
    'UPDATE survey_respondents SET opened_at = COALESCE(opened_at, ?) WHERE survey_id = ? AND person_id = ?',
  ).run(now(), respondent.surveyId, respondent.personId);
  const opgave = survey.opgave_id
    ? ((db
        .prepare("SELECT name FROM opgaven WHERE id = ? AND kind = 'opgave'")
        .pluck()
        .get(survey.opgave_id) as string | undefined) ?? null)
    : null;
  const side = describeActors(db, [respondent.speaksFor]).get(respondent.speaksFor);
  const answeredAt = db
    .prepare('SELECT answered_at FROM survey_respondents WHERE survey_id = ? AND person_id = ?')
    .pluck()
    .get(respondent.surveyId, respondent.personId) as string | null;
  return {
    respondent,
    view: {
      survey: { name: survey.name, opgave, closesOn: survey.closes_on, date: survey.survey_date },
      respondent: { name: respondent.name, speaksFor: side?.name ?? respondent.name },
      roster: rosterOf(db, survey.id).filter((e) => e.actorId !== respondent.speaksFor),
      questions: JSON.parse(survey.questions) as SurveyQuestions,
      answers: answersOf(db, respondent.surveyId, respondent.personId),
      answeredAt,
    },
  };
}

/** Replaces a respondent's answers in one transaction, or refuses the whole set. */
export function saveAnswers(db: Db, token: string, input: SurveyAnswersInput): Respondent {
  return db.transaction(() => {
    const { respondent, survey } = respondentByToken(db, token);
    const questions = JSON.parse(survey.questions) as SurveyQuestions;
    const roster = new Set(
      db.prepare('SELECT actor_id FROM survey_roster WHERE survey_id = ?').pluck().all(survey.id) as string[],
    );
    const kinds = new Set(questions.kinds.map((k) => k.code));
    const scores = new Set(questions.scores.map((s) => s.id));
    const errors: { field: string; message: string }[] = [];
    input.answers.forEach((a, i) => {
      if (!roster.has(a.actorId) || a.actorId === respondent.speaksFor)
        errors.push({
          field: `answers.${i}.actorId`,
          message: `"${a.actorId}" staat niet op de lijst van deze uitvraag`,
        });
      (a.kinds ?? []).forEach((k, j) => {
        if (!kinds.has(k))
          errors.push({ field: `answers.${i}.kinds.${j}`, message: `"${k}" is geen keuze in deze uitvraag` });
      });
      for (const q of Object.keys(a.quality ?? {})) {
        if (!scores.has(q))
          errors.push({
            field: `answers.${i}.quality.${q}`,
            message: `"${q}" is geen vraag in deze uitvraag`,
          });
      }
      if (a.note && !questions.freeText)
        errors.push({ field: `answers.${i}.note`, message: 'deze uitvraag vraagt geen toelichting' });
    });
    if (errors.length) throw unprocessable(errors, 'Een of meer antwoorden passen niet bij deze uitvraag.');
    const stamp = now();
    db.prepare('DELETE FROM survey_answers WHERE survey_id = ? AND person_id = ?').run(
      survey.id,
      respondent.personId,
    );
    const insert = db.prepare(
      `INSERT INTO survey_answers (survey_id, person_id, actor_id, frequency, kinds, quality, note, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const a of input.answers) {
      insert.run(
        survey.id,
        respondent.personId,
        a.actorId,
        a.frequency,
        JSON.stringify([...new Set(a.kinds ?? [])]),
        JSON.stringify(a.quality ?? {}),
        a.note ?? null,
        stamp,
      );
    }
    db.prepare(
      `UPDATE survey_respondents SET answered_at = ?, opened_at = COALESCE(opened_at, ?)
       WHERE survey_id = ? AND person_id = ?`,
    ).run(stamp, stamp, survey.id, respondent.personId);
    return respondent;
  })();
}

// ---------------------------------------------------------------- closing

export function closeSurvey(db: Db, access: Access, id: string): SurveyDetail {
  const row = requireVisibleSurvey(db, access, id);
  if (row.status !== 'gesloten') {
    const stamp = now();
    db.prepare("UPDATE surveys SET status = 'gesloten', closed_at = ?, updated_at = ? WHERE id = ?").run(
      stamp,
      stamp,
      id,
    );
  }
  return getSurvey(db, access, id);
}

// ---------------------------------------------------------------- results

type Report = { respondent: string; from: string; to: string; answer: SurveyAnswer };

const RANK = new Map(SURVEY_FREQUENCIES.map((f, i) => [f, i])); // 0 = most frequent

function combine(
  reports: Report[],
  symmetrize: Symmetrize,
  kindOrder: string[],
): Omit<SurveyTie, 'sourceId' | 'targetId' | 'confirmed' | 'directed'> {
  const ranks = reports.map((r) => RANK.get(r.answer.frequency) ?? 3);
  // max keeps the more frequent answer, min the less frequent one; none (one direction) the more frequent
  const rank = symmetrize === 'min' ? Math.max(...ranks) : Math.min(...ranks);
  const kinds = new Set(reports.flatMap((r) => r.answer.kinds ?? []));
  const totals = new Map<string, { sum: number; n: number }>();
  for (const r of reports) {
    for (const [q, score] of Object.entries(r.answer.quality ?? {})) {
      const t = totals.get(q) ?? { sum: 0, n: 0 };
      totals.set(q, { sum: t.sum + score, n: t.n + 1 });
    }
  }
  return {
    reportedBy: [...new Set(reports.map((r) => r.respondent))],
    frequency: SURVEY_FREQUENCIES[rank] ?? 'zelden',
    kinds: kindOrder.filter((k) => kinds.has(k)),
    quality: Object.fromEntries([...totals].map(([q, t]) => [q, Math.round((t.sum / t.n) * 10) / 10])),
  };
}

export function surveyResults(db: Db, access: Access, id: string, symmetrize: Symmetrize): SurveyResults {
  const row = requireVisibleSurvey(db, access, id);
  const questions = JSON.parse(row.questions) as SurveyQuestions;
  const kindOrder = questions.kinds.map((k) => k.code);
  const invitations = invitationsOf(db, id);
  const speakers = new Map(invitations.map((i) => [i.respondentId, i.speaksFor]));
  const answered = invitations.filter((i) => i.status === 'answered');
  const answers = db
    .prepare(
      `SELECT a.* , a.person_id FROM survey_answers a JOIN survey_respondents r
         ON r.survey_id = a.survey_id AND r.person_id = a.person_id
       WHERE a.survey_id = ? AND r.answered_at IS NOT NULL ORDER BY r.position, a.actor_id`,
    )
    .all(id) as (AnswerRow & { person_id: string })[];
  const reports: Report[] = answers
    .map((a) => ({
      respondent: a.person_id,
      from: speakers.get(a.person_id) ?? a.person_id,
      to: a.actor_id,
      answer: toAnswer(a),
    }))
    .filter((r) => r.from !== r.to);

  const directed = new Map<string, Report[]>();
  for (const r of reports) {
    const key = `${r.from}\u0000${r.to}`;
    directed.set(key, [...(directed.get(key) ?? []), r]);
  }
  const reported = (from: string, to: string) => directed.has(`${from}\u0000${to}`);
  const ties: SurveyTie[] = [];
  if (symmetrize === 'none') {
    for (const list of directed.values()) {
      const { from, to } = list[0] as Report;
      ties.push({
        sourceId: from,
        targetId: to,
        confirmed: reported(to, from),
        directed: true,
        ...combine(list, symmetrize, kindOrder),
      });
    }
  } else {
    const pairs = new Map<string, Report[]>();
    for (const r of reports) {
      const [a, b] = r.from < r.to ? [r.from, r.to] : [r.to, r.from];
      const key = `${a}\u0000${b}`;
      pairs.set(key, [...(pairs.get(key) ?? []), r]);
    }
    for (const [key, list] of pairs) {
      const [a, b] = key.split('\u0000') as [string, string];
      const confirmed = reported(a, b) && reported(b, a);
      if (symmetrize === 'min' && !confirmed) continue;
      const first = list[0] as Report;
      const [sourceId, targetId] = confirmed ? [a, b] : [first.from, first.to];
      ties.push({ sourceId, targetId, confirmed, directed: false, ...combine(list, symmetrize, kindOrder) });
    }
  }

  const rosterIds = db
    .prepare('SELECT actor_id FROM survey_roster WHERE survey_id = ?')
    .pluck()
    .all(id) as string[];
  const actors = new Set([...rosterIds, ...invitations.map((i) => i.speaksFor)]);
  const n = actors.size;
  const possible = symmetrize === 'none' ? n * (n - 1) : (n * (n - 1)) / 2;
  const domains = new Map<string, { respondents: number; answered: number }>();
  for (const i of invitations) {
    const d = i.domain ?? 'onbekend';
    const t = domains.get(d) ?? { respondents: 0, answered: 0 };
    domains.set(d, {
      respondents: t.respondents + 1,
      answered: t.answered + (i.status === 'answered' ? 1 : 0),
    });
  }
  const person = (i: SurveyInvitation) => ({ id: i.respondentId, name: i.name, speaksFor: i.speaksFor });
  const confirmedCount = ties.filter((t) => t.confirmed).length;
  return {
    surveyId: id,
    symmetrize,
    responseRate: invitations.length ? answered.length / invitations.length : 0,
    threshold: RESPONSE_RATE_THRESHOLD,
    respondents: answered.map(person),
    nonRespondents: invitations.filter((i) => i.status !== 'answered').map(person),
    perDomain: [...domains]
      .map(([domain, t]) => ({ domain, ...t, rate: t.respondents ? t.answered / t.respondents : 0 }))
      .sort((x, y) => x.domain.localeCompare(y.domain)),
    ties,
    figures: {
      ties: ties.length,
      confirmed: confirmedCount,
      oneSided: ties.length - confirmedCount,
      density: possible > 0 ? Math.round((ties.length / possible) * 1000) / 1000 : 0,
      actors: n,
    },
  };
}

/** A survey on a casus has no raadsversie, as a casus network has none. */
function refuseCasusInRaad(db: Db, row: SurveyRow): void {
  if (!row.opgave_id) return;
  const kind = db.prepare('SELECT kind FROM opgaven WHERE id = ?').pluck().get(row.opgave_id);
  if (kind === 'casus')
    throw new ApiError(
      404,
      'Niet gevonden',
      'In de raadsversie zijn casussen alleen als aantallen zichtbaar.',
    );
}

/**
 * The raadsversie of the result: response per domain and ties per pair of domains, as counts only.
 * A domain with fewer invited respondents than `minPeople` counts under "overig", so no one's own
 * answer or silence can be read from it. A survey on a casus has no raadsversie (404), as a casus
 * network has none.
 */
export function surveyRaadResults(
  db: Db,
  access: Access,
  id: string,
  symmetrize: Symmetrize,
  minPeople: number,
): SurveyRaadResults {
  refuseCasusInRaad(db, requireVisibleSurvey(db, access, id));
  const results = surveyResults(db, access, id, symmetrize);
  const rate = (answered: number, invited: number) => (invited ? answered / invited : 0);
  const domains = new Map<string, { invited: number; answered: number }>();
  for (const d of results.perDomain) {
    const key = d.respondents < minPeople ? 'overig' : d.domain;
    const t = domains.get(key) ?? { invited: 0, answered: 0 };
    domains.set(key, { invited: t.invited + d.respondents, answered: t.answered + d.answered });
  }
  const ends = describeActors(db, [...new Set(results.ties.flatMap((t) => [t.sourceId, t.targetId]))]);
  const domainOf = (actorId: string) => ends.get(actorId)?.domain ?? 'onbekend';
  const pairs = new Map<
    string,
    { sourceDomain: string; targetDomain: string; confirmed: number; oneSided: number }
  >();
  for (const tie of results.ties) {
    let [sourceDomain, targetDomain] = [domainOf(tie.sourceId), domainOf(tie.targetId)];
    if (!tie.directed && targetDomain < sourceDomain)
      [sourceDomain, targetDomain] = [targetDomain, sourceDomain];
    const key = `${sourceDomain}\u0000${targetDomain}`;
    const pair = pairs.get(key) ?? { sourceDomain, targetDomain, confirmed: 0, oneSided: 0 };
    if (tie.confirmed) pair.confirmed++;
    else pair.oneSided++;
    pairs.set(key, pair);
  }
  const respondentCount = results.respondents.length;
  const nonRespondentCount = results.nonRespondents.length;
  return {
    view: 'raad',
    responseRate: results.responseRate,
    respondentCount,
    nonRespondentCount,
    perDomain: [...domains]
      .map(([domain, t]) => ({ domain, ...t, responseRate: rate(t.answered, t.invited) }))
      .sort(
        (x, y) =>
          Number(x.domain === 'overig') - Number(y.domain === 'overig') || x.domain.localeCompare(y.domain),
      ),
    ties: {
      confirmed: results.figures.confirmed,
      oneSided: results.figures.oneSided,
      byDomainPair: [...pairs.values()].sort(
        (x, y) =>
          x.sourceDomain.localeCompare(y.sourceDomain) || x.targetDomain.localeCompare(y.targetDomain),
      ),
    },
  };
}

// ---------------------------------------------------------------- applying to the network

function fallbackKind(db: Db, questions: SurveyQuestions): string {
  const codes = new Set(defaultKinds(db));
  return (
    questions.kinds.find((k) => codes.has(k.code))?.code ??
    (codes.has('overleg') ? 'overleg' : ([...codes][0] ?? 'overleg'))
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The Dutch line the import history shows for an applied survey. */
function applicationText(summary: Omit<ApplicationSummary, 'text'>): string {
  const earlier =
    summary.ended || summary.continued
      ? `; van de vorige ronde ${summary.ended === 1 ? 'is' : 'zijn'} ${plural(summary.ended, 'verbinding', 'verbindingen')} beëindigd en ${summary.continued === 1 ? 'loopt' : 'lopen'} er ${summary.continued} door`
      : '';
  return `Netwerkuitvraag "${summary.survey}" (${summary.date}) toegepast: ${plural(summary.created, 'verbinding', 'verbindingen')} (${summary.symmetrize})${earlier}.`;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Writes the result as links (source self-reported, the survey's id and date, strength from
 * STRENGTH_BY_FREQUENCY, confidence hoog for confirmed and middel for one-sided ties), as a change
 * set of kind `survey` that `DELETE /api/imports/:id` undoes. Applying a survey that already has an
 * active application changes nothing and answers that application.
 *
 * A new round ends the previous round's links the day before its own date, in the same change set:
 * a tie this round does not name again has ended; a tie it names again continues as this round's
 * link from this round's date (with this round's strength), so every day has one link per pair and
 * the change between the two dates shows ended, new, continuing and changed ties.
 */
export function applySurvey(db: Db, access: Access, id: string, symmetrize: Symmetrize): ApplyResult {
  const result = db.transaction(() => {
    const row = requireVisibleSurvey(db, access, id);
    if (!isClosed(row)) throw conflict('Sluit de uitvraag eerst; daarna kan de uitkomst in het netwerk.');
    const existing = activeApplication(db, id);
    if (existing) {
      const application = toApplication(db, existing);
      if (application.symmetrize !== symmetrize) {
        throw conflict(
          `De uitkomst is al toegepast met symmetrize=${application.symmetrize}. Maak die eerst ongedaan.`,
          { applicationId: application.id, importId: application.id },
        );
      }
      return { ...application, created: 0 };
    }
    const later = db
      .prepare('SELECT id, name, survey_date FROM surveys WHERE previous_survey_id = ? ORDER BY survey_date')
      .all(id) as { id: string; name: string; survey_date: string }[];
    const appliedLater = later.find((next) => activeApplication(db, next.id));
    if (appliedLater) {
      throw conflict(
        `De volgende ronde "${appliedLater.name}" (${appliedLater.survey_date}) is al toegepast. Maak die eerst ongedaan: rondes gaan op volgorde in het netwerk.`,
      );
    }
    const questions = JSON.parse(row.questions) as SurveyQuestions;
    const results = surveyResults(db, access, id, symmetrize);
    const fallback = fallbackKind(db, questions);
    const known = new Set(defaultKinds(db));
    const labels = new Map(questions.kinds.map((k) => [k.code, k.label]));
    const stamp = now();
    const reportedNow = new Set(results.ties.map((t) => pairKey(t.sourceId, t.targetId)));

    const write = () => {
      // the previous round's links that are in force on this round's date end the day before
      let ended = 0;
      let continued = 0;
      if (row.previous_survey_id) {
        const lastDay = dayBefore(row.survey_date);
        const earlier = db
          .prepare(
            `SELECT id, source_id, target_id FROM links WHERE survey_id = ? AND source = 'self-reported'
               AND (until IS NULL OR until > ?) AND (since IS NULL OR since <= ?)`,
          )
          .all(row.previous_survey_id, lastDay, lastDay) as {
          id: string;
          source_id: string;
          target_id: string;
        }[];
        const end = db.prepare('UPDATE links SET until = ?, updated_at = ? WHERE id = ?');
        for (const link of earlier) {
          end.run(lastDay, stamp, link.id);
          if (reportedNow.has(pairKey(link.source_id, link.target_id))) continued++;
          else ended++;
        }
      }
      const linkIds: string[] = [];
      for (const tie of results.ties) {
        const kind = tie.kinds.find((k) => known.has(k)) ?? fallback;
        const linkId = newId('lnk');
        const quality = Object.entries(tie.quality)
          .map(
            ([q, v]) =>
              `${questions.scores.find((s) => s.id === q)?.label ?? q}: ${String(v).replace('.', ',')}`,
          )
          .join('; ');
        const note = [
          `Netwerkuitvraag "${row.name}": ${tie.confirmed ? 'door beide kanten genoemd' : 'door één kant genoemd'}, ${tie.frequency}`,
          tie.kinds.length ? `soorten: ${tie.kinds.map((k) => labels.get(k) ?? k).join(', ')}` : '',
          quality ? `kwaliteit ${quality}` : '',
        ]
          .filter(Boolean)
          .join('; ');
        linksTable.insert(db, {
          id: linkId,
          sourceId: tie.sourceId,
          targetId: tie.targetId,
          kind,
          strength: STRENGTH_BY_FREQUENCY[tie.frequency],
          directed: tie.directed,
          since: row.survey_date,
          until: null,
          source: 'self-reported',
          recordedBy: `netwerkuitvraag ${row.survey_date}`,
          confidence: tie.confirmed ? 'hoog' : 'middel',
          note: note.slice(0, 4000),
          surveyId: id,
          createdAt: stamp,
          updatedAt: stamp,
        });
        linkIds.push(linkId);
      }
      return { created: linkIds.length, ended, continued };
    };
    const recorded = recordChanges(
      db,
      { kind: 'survey', userId: access.user?.id ?? null, username: access.user?.username ?? null },
      write,
      (counts): ApplicationSummary => {
        const summary = { surveyId: id, survey: row.name, date: row.survey_date, symmetrize, ...counts };
        return { ...summary, text: applicationText(summary) };
      },
    );
    return { ...toApplication(db, getChangeSet(db, recorded.id)), created: recorded.result.created };
  })();
  bumpGeneration(db);
  return result;
}

/**
 * Undoes the survey's active application: its change set is undone as a whole (its links go, the
 * previous round's links run on as before), or 409 names what was changed since and depends on it.
 */
export function undoApplication(
  db: Db,
  access: Access,
  id: string,
): SurveyApplication & { removed: number; restored: number } {
  return db.transaction(() => {
    requireVisibleSurvey(db, access, id);
    const active = activeApplication(db, id);
    if (!active) throw conflict('Deze uitvraag is niet (meer) toegepast op het netwerk.');
    const rows = db
      .prepare(
        `SELECT count(*) FILTER (WHERE op = 'insert') AS removed, count(*) FILTER (WHERE op = 'update') AS restored
         FROM change_rows WHERE change_set_id = ? AND table_name = 'links'`,
      )
      .get(active.id) as { removed: number; restored: number };
    const undone = undoChangeSet(db, active.id);
    return { ...toApplication(db, undone), ...rows };
  })();
}

// ---------------------------------------------------------------- rounds

/**
 * This round against another (default: the previous round), under one symmetrize rule. Ties are
 * compared as pairs of actors; under `none` as ordered pairs.
 */
export function compareRounds(
  db: Db,
  access: Access,
  id: string,
  withId: string | undefined,
  symmetrize: Symmetrize,
): SurveyComparison {
  const row = requireVisibleSurvey(db, access, id);
  return compareWith(db, access, row, withId, symmetrize);
}

/**
 * The raadsversie of `compareRounds`: each round's date, response and figures, and how many ties
 * came, went and stayed; no names, no partners. A survey on a casus has none (404).
 */
export function compareRoundsRaad(
  db: Db,
  access: Access,
  id: string,
  withId: string | undefined,
  symmetrize: Symmetrize,
): SurveyRaadComparison {
  const row = requireVisibleSurvey(db, access, id);
  refuseCasusInRaad(db, row);
  const full = compareWith(db, access, row, withId, symmetrize);
  const other = full.before.surveyId === id ? full.after.surveyId : full.before.surveyId;
  refuseCasusInRaad(db, surveyRow(db, other));
  const round = ({ name: _name, ...rest }: SurveyComparison['before']) => rest;
  return {
    view: 'raad',
    symmetrize,
    before: round(full.before),
    after: round(full.after),
    tiesAdded: full.tiesAdded.length,
    tiesRemoved: full.tiesRemoved.length,
    tiesKept: full.tiesKept,
  };
}

function compareWith(
  db: Db,
  access: Access,
  row: SurveyRow,
  withId: string | undefined,
  symmetrize: Symmetrize,
): SurveyComparison {
  const otherId = withId ?? row.previous_survey_id;
  if (!otherId) {
    throw unprocessable([{ field: 'with', message: 'deze uitvraag heeft geen vorige ronde: noem er een' }]);
  }
  let other: SurveyRow;
  try {
    other = requireVisibleSurvey(db, access, otherId);
  } catch {
    throw unprocessable([{ field: 'with', message: `uitvraag "${otherId}" bestaat niet` }]);
  }
  // the earlier round is "before", whichever was asked for
  const [first, second] = other.survey_date <= row.survey_date ? [other, row] : [row, other];
  const before = surveyResults(db, access, first.id, symmetrize);
  const after = surveyResults(db, access, second.id, symmetrize);
  const key = (t: { sourceId: string; targetId: string }) =>
    symmetrize === 'none' || t.sourceId < t.targetId
      ? `${t.sourceId}\u0000${t.targetId}`
      : `${t.targetId}\u0000${t.sourceId}`;
  const was = new Set(before.ties.map(key));
  const is = new Set(after.ties.map(key));
  const pair = (t: SurveyTie) => ({ sourceId: t.sourceId, targetId: t.targetId });
  const round = (r: SurveyRow, results: SurveyResults) => ({
    surveyId: r.id,
    name: r.name,
    date: r.survey_date,
    responseRate: results.responseRate,
    figures: results.figures,
  });
  return {
    symmetrize,
    before: round(first, before),
    after: round(second, after),
    tiesAdded: after.ties.filter((t) => !was.has(key(t))).map(pair),
    tiesRemoved: before.ties.filter((t) => !is.has(key(t))).map(pair),
    tiesKept: after.ties.filter((t) => was.has(key(t))).length,
  };
}
