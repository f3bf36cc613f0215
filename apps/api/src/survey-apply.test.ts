import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetInput } from '@regiekaart/model';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, type SignedIn, startHarness } from '../test/harness.ts';
import { applyPragmas, migrate } from './db/database.ts';
import { MIGRATIONS } from './db/migrations.ts';
import { listChangeSets, undoChangeSet } from './services/change-sets.service.ts';

/**
 * Applying a survey is a change set like an import (DELETE /api/imports/:id undoes it), and a new
 * round ends the previous round's ties. Five organisations in five domains, one contact each, and no
 * other ties, so the change between two dates holds only what the rounds wrote.
 */
const network: DatasetInput = {
  organisations: [
    { id: 'ggd', name: 'GGD Zuid Limburg', domain: 'zorg', type: 'ggd' },
    { id: 'ggz', name: 'Mondriaan', domain: 'zorg', type: 'ggz' },
    { id: 'pol', name: 'Politie Limburg', domain: 'veiligheid', type: 'politie' },
    { id: 'gem', name: 'Gemeente Heerlen', domain: 'sociaal_domein', type: 'gemeente' },
    { id: 'rec', name: 'Reclassering Nederland', domain: 'justitie', type: 'reclassering' },
  ],
  people: [
    { id: 'p-ggd', name: 'Gerda Dols', memberships: [{ organisationId: 'ggd' }] },
    { id: 'p-ggz', name: 'Zef Mertens', memberships: [{ organisationId: 'ggz' }] },
    { id: 'p-pol', name: 'Paul Hermans', memberships: [{ organisationId: 'pol' }] },
    { id: 'p-gem', name: 'Gina Smeets', memberships: [{ organisationId: 'gem' }] },
    { id: 'p-rec', name: 'Rik Vonken', memberships: [{ organisationId: 'rec' }] },
  ],
};
const ORGS = ['ggd', 'ggz', 'pol', 'gem', 'rec'];
const PEOPLE = ORGS.map((o) => `p-${o}`);

let h: Harness;
let outsider: SignedIn;
let lezer: SignedIn;

beforeAll(async () => {
  h = await startHarness(network);
  outsider = await h.account({ username: 'sva-buiten', role: 'regisseur', personId: 'p-ggd' });
  lezer = await h.account({ username: 'sva-lezer', role: 'lezer', personId: 'p-rec' });
}, 60_000);
afterAll(() => h.stop());

type Answer = { actorId: string; frequency: string };

/** A closed survey whose respondents (by person) gave these answers. */
async function round(body: Record<string, unknown>, answers: Record<string, Answer[]>): Promise<string> {
  const made = await h.call('POST', '/api/surveys', body);
  expect(made.status, made.text).toBe(201);
  const id = String(made.body.id);
  const invited = await h.call('POST', `/api/surveys/${id}/invitations`);
  expect(invited.status, invited.text).toBe(201);
  for (const { respondentId, link } of invited.body as { respondentId: string; link: string }[]) {
    const mine = answers[respondentId];
    if (!mine) continue;
    const saved = await h.anonymous('PUT', `/api/uitvraag/${link.split('/').pop()}`, { answers: mine });
    expect(saved.status, saved.text).toBe(200);
  }
  expect((await h.call('POST', `/api/surveys/${id}/close`)).status).toBe(200);
  return id;
}

const surveyLinks = (surveyId: string) =>
  h.db.prepare('SELECT * FROM links WHERE survey_id = ? ORDER BY id').all(surveyId) as Record<
    string,
    unknown
  >[];

type Tie = { source: string; target: string; before: number; after: number };
const pairs = (ties: Tie[]) => ties.map((t) => [t.source, t.target].sort().join('–')).sort();

describe('applying a survey as a change set', () => {
  it('answers importId, lists the application by the survey name and undoes it through /api/imports', async () => {
    const id = await round(
      { name: 'Uitvraag wijkveiligheid', rosterIds: ORGS, respondentIds: PEOPLE, date: '2024-05-01' },
      {
        'p-pol': [{ actorId: 'gem', frequency: 'wekelijks' }],
        'p-gem': [
          { actorId: 'pol', frequency: 'maandelijks' },
          { actorId: 'ggd', frequency: 'zelden' },
        ],
      },
    );
    const applied = await h.call('POST', `/api/surveys/${id}/apply`, { symmetrize: 'max' });
    expect(applied.status, applied.text).toBe(201);
    expect(applied.body).toMatchObject({ surveyId: id, symmetrize: 'max', created: 2, ended: 0 });
    expect(applied.body.importId).toMatch(/^sap-/);
    expect(applied.body.id).toBe(applied.body.importId);
    expect(applied.body.linkIds).toHaveLength(2);
    expect(surveyLinks(id)).toHaveLength(2);

    const list = await h.call('GET', '/api/imports?kind=survey');
    expect(list.status, list.text).toBe(200);
    const listed = list.body.items.find((s: { id: string }) => s.id === applied.body.importId);
    expect(listed).toMatchObject({ kind: 'survey', username: 'beheerder', undoneAt: null });
    expect(listed.summary).toMatchObject({ surveyId: id, survey: 'Uitvraag wijkveiligheid', created: 2 });
    expect(listed.summary.text).toBe(
      'Netwerkuitvraag "Uitvraag wijkveiligheid" (2024-05-01) toegepast: 2 verbindingen (max).',
    );
    expect((await h.call('GET', `/api/imports/${applied.body.importId}`)).body.kind).toBe('survey');

    // applying again changes nothing and answers the same change set
    const again = await h.call('POST', `/api/surveys/${id}/apply`, { symmetrize: 'max' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ importId: applied.body.importId, created: 0 });
    expect(surveyLinks(id)).toHaveLength(2);

    const undone = await h.call('DELETE', `/api/imports/${applied.body.importId}`);
    expect(undone.status, undone.text).toBe(200);
    expect(undone.body.undoneAt).toMatch(/^\d{4}-/);
    expect(surveyLinks(id)).toHaveLength(0);
    expect((await h.call('GET', `/api/surveys/${id}`)).body.application).toBeNull();
    // the survey's own undo has nothing left to undo
    expect((await h.call('DELETE', `/api/surveys/${id}/apply`)).status).toBe(409);
    expect((await h.call('DELETE', `/api/imports/${applied.body.importId}`)).status).toBe(409);

    // applied anew, the survey's own undo takes back that change set
    const anew = await h.call('POST', `/api/surveys/${id}/apply`, { symmetrize: 'min' });
    expect(anew.status).toBe(201);
    expect(anew.body.created).toBe(1);
    expect(anew.body.importId).not.toBe(applied.body.importId);
    const own = await h.call('DELETE', `/api/surveys/${id}/apply`);
    expect(own.status, own.text).toBe(200);
    expect(own.body).toMatchObject({ importId: anew.body.importId, removed: 1, restored: 0 });
    expect((await h.call('GET', `/api/imports/${anew.body.importId}`)).body.undoneAt).toMatch(/^\d{4}-/);
    expect(surveyLinks(id)).toHaveLength(0);
  });

  it('refuses to undo with 409 when a note was added to a link the survey wrote', async () => {
    const id = await round(
      { name: 'Uitvraag met notitie', rosterIds: ORGS, respondentIds: ['p-rec'], date: '2024-06-01' },
      { 'p-rec': [{ actorId: 'pol', frequency: 'kwartaal' }] },
    );
    const applied = await h.call('POST', `/api/surveys/${id}/apply`, {});
    expect(applied.status).toBe(201);
    const note = await h.call('POST', '/api/annotations', {
      targetType: 'link',
      targetId: applied.body.linkIds[0],
      text: 'afspraak gemaakt',
    });
    expect(note.status, note.text).toBe(201);
    const refused = await h.call('DELETE', `/api/imports/${applied.body.importId}`);
    expect(refused.status).toBe(409);
    expect(refused.type).toContain('application/problem+json');
    expect(refused.body.dependents).toEqual(['een notitie bij verbindingen die hierdoor zijn gemaakt']);
    expect(surveyLinks(id)).toHaveLength(1);
    expect((await h.call('DELETE', `/api/annotations/${note.body.id}`)).status).toBe(204);
    expect((await h.call('DELETE', `/api/surveys/${id}/apply`)).status).toBe(200);
  });

  it('keeps a survey on a casus to its team: 404 outside it, undone by a regisseur on it, 403 for a lezer', async () => {
    const casus = await h.call('POST', '/api/opgaven', {
      name: 'Casus SVA-2024-7',
      level: 'individueel',
      kind: 'casus',
      code: 'SVA-2024-7',
      status: 'actief',
    });
    expect(casus.status, casus.text).toBe(201);
    const id = await round(
      {
        name: 'Casusuitvraag SVA-2024-7',
        opgaveId: casus.body.id,
        rosterIds: ['pol', 'ggz'],
        respondentIds: ['p-pol'],
        date: '2024-07-01',
      },
      { 'p-pol': [{ actorId: 'ggz', frequency: 'wekelijks' }] },
    );
    const applied = await h.call('POST', `/api/surveys/${id}/apply`, { symmetrize: 'max' });
    expect(applied.status).toBe(201);
    const importId = applied.body.importId as string;

    expect((await outsider('GET', `/api/imports/${importId}`)).status).toBe(404);
    const hidden = await outsider('DELETE', `/api/imports/${importId}`);
    expect(hidden.status).toBe(404);
    expect(hidden.text).not.toContain('SVA-2024-7');
    expect((await outsider('GET', '/api/imports')).status).toBe(403);
    expect((await lezer('DELETE', `/api/imports/${importId}`)).status).toBe(403);
    expect((await lezer('GET', `/api/imports/${importId}`)).status).toBe(404);
    expect(surveyLinks(id)).toHaveLength(1);

    // the beheerder lists it; a regisseur on the casus team may undo it, as they may apply it
    const list = await h.call('GET', '/api/imports?kind=survey&limit=500');
    expect(list.body.items.map((s: { id: string }) => s.id)).toContain(importId);
    expect((await h.call('POST', `/api/opgaven/${casus.body.id}/team`, { personId: 'p-ggd' })).status).toBe(
      201,
    );
    expect((await outsider('GET', `/api/imports/${importId}`)).status).toBe(200);
    const undone = await outsider('DELETE', `/api/imports/${importId}`);
    expect(undone.status, undone.text).toBe(200);
    expect(surveyLinks(id)).toHaveLength(0);
  });
});

describe('rounds', () => {
  it('ends the ties of round 1 that round 2 does not name, continues the others, and undoes exactly', async () => {
    const first = await round(
      { name: 'Netwerkuitvraag 2025', rosterIds: ORGS, respondentIds: PEOPLE, date: '2025-03-01' },
      {
        'p-pol': [
          { actorId: 'ggz', frequency: 'wekelijks' },
          { actorId: 'rec', frequency: 'maandelijks' },
        ],
        'p-ggz': [
          { actorId: 'pol', frequency: 'wekelijks' },
          { actorId: 'gem', frequency: 'kwartaal' },
        ],
      },
    );
    const one = await h.call('POST', `/api/surveys/${first}/apply`, { symmetrize: 'max' });
    expect(one.status, one.text).toBe(201);
    expect(one.body.created).toBe(3); // pol–ggz (both sides), pol–rec, ggz–gem

    const tooEarly = await h.call('POST', '/api/surveys', {
      name: 'Ronde zonder nieuwe datum',
      previousSurveyId: first,
      date: '2025-03-01',
    });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.detail).toBe(
      'Een nieuwe ronde ligt na de vorige ronde: kies een peildatum na 2025-03-01.',
    );
    expect(tooEarly.type).toContain('application/problem+json');
    expect(tooEarly.body.errors).toEqual([
      { field: 'date', message: 'een nieuwe ronde ligt na de vorige ronde (peildatum 2025-03-01)' },
    ]);

    // round 2 carries roster and respondents over
    const second = await round(
      { name: 'Netwerkuitvraag 2026', previousSurveyId: first, date: '2026-03-01' },
      {
        'p-pol': [
          { actorId: 'ggz', frequency: 'maandelijks' },
          { actorId: 'gem', frequency: 'wekelijks' },
        ],
        'p-ggz': [
          { actorId: 'pol', frequency: 'maandelijks' },
          { actorId: 'gem', frequency: 'kwartaal' },
        ],
      },
    );
    const detail = (await h.call('GET', `/api/surveys/${second}`)).body;
    expect(detail.roster.map((r: { actorId: string }) => r.actorId)).toEqual(ORGS);
    expect(detail.invitations.map((i: { respondentId: string }) => i.respondentId)).toEqual(PEOPLE);

    const roundOneBefore = surveyLinks(first);
    const two = await h.call('POST', `/api/surveys/${second}/apply`, { symmetrize: 'max' });
    expect(two.status, two.text).toBe(201);
    expect(two.body).toMatchObject({ created: 3, ended: 1, continued: 2 });
    const ended = Object.fromEntries(
      surveyLinks(first).map((l) => [[l.source_id, l.target_id].sort().join('–'), l.until]),
    );
    expect(ended).toEqual({ 'ggz–pol': '2026-02-28', 'pol–rec': '2026-02-28', 'gem–ggz': '2026-02-28' });
    const listed = (await h.call('GET', '/api/imports?kind=survey')).body.items[0];
    expect(listed.summary.text).toBe(
      'Netwerkuitvraag "Netwerkuitvraag 2026" (2026-03-01) toegepast: 3 verbindingen (max); van de vorige ronde is 1 verbinding beëindigd en lopen er 2 door.',
    );

    // round 1 as it stood against round 2 as it stands
    const change = await h.call('GET', '/api/change?from=2025-03-02&to=2026-03-01');
    expect(change.status, change.text).toBe(200);
    expect(pairs(change.body.ties.removed)).toEqual(['pol–rec']);
    expect(pairs(change.body.ties.added)).toEqual(['gem–pol']);
    expect(pairs(change.body.ties.weakened)).toEqual(['ggz–pol']);
    expect(change.body.ties.weakened[0]).toMatchObject({ before: 5, after: 4 });
    expect(change.body.ties.strengthened).toEqual([]);
    // gem–ggz continues unchanged: in neither list, and in both networks
    expect(change.body.summary).toMatchObject({ tiesAdded: 1, tiesRemoved: 1, tiesWeakened: 1 });
    expect(change.body.figures.before.ties).toBe(3);
    expect(change.body.figures.after.ties).toBe(3);

    // round 1 cannot be undone under round 2, nor applied again after it
    const under = await h.call('DELETE', `/api/imports/${one.body.importId}`);
    expect(under.status).toBe(409);
    expect(under.body.dependents).toEqual(
      expect.arrayContaining([expect.stringMatching(/^de latere netwerkuitvraag "Netwerkuitvraag 2026"/)]),
    );

    // undoing round 2 restores round 1's ties exactly
    const undone = await h.call('DELETE', `/api/imports/${two.body.importId}`);
    expect(undone.status, undone.text).toBe(200);
    expect(surveyLinks(second)).toEqual([]);
    expect(surveyLinks(first)).toEqual(roundOneBefore);
    const after = await h.call('GET', '/api/change?from=2025-03-02&to=2026-03-01');
    expect(after.body.summary).toMatchObject({ tiesAdded: 0, tiesRemoved: 0, tiesWeakened: 0 });

    // rounds go into the network in order
    expect((await h.call('DELETE', `/api/surveys/${first}/apply`)).status).toBe(200);
    const alone = await h.call('POST', `/api/surveys/${second}/apply`, { symmetrize: 'max' });
    expect(alone.body).toMatchObject({ created: 3, ended: 0, continued: 0 });
    const outOfOrder = await h.call('POST', `/api/surveys/${first}/apply`, { symmetrize: 'max' });
    expect(outOfOrder.status).toBe(409);
    expect(outOfOrder.body.detail).toContain('"Netwerkuitvraag 2026" (2026-03-01) is al toegepast');
    expect(surveyLinks(first)).toEqual([]);
  });
});

describe('what a new round carries over', () => {
  it('takes over what it is not given: respondents, roster, questions and the opgave, each alone', async () => {
    const opgave = await h.call('POST', '/api/opgaven', {
      name: 'Aanpak verward gedrag',
      level: 'regionaal',
    });
    expect(opgave.status, opgave.text).toBe(201);
    const first = await h.call('POST', '/api/surveys', {
      name: 'Ronde 1',
      opgaveId: opgave.body.id,
      rosterIds: ['pol', 'ggz', 'gem'],
      respondentIds: ['p-pol', 'p-ggz'],
      questions: { kinds: ['overleg'], scores: [], freeText: null, period: 'het afgelopen jaar' },
      date: '2024-01-15',
    });
    expect(first.status, first.text).toBe(201);
    const byRoster = await h.call('POST', '/api/surveys', {
      name: 'Ronde 2',
      previousSurveyId: first.body.id,
      rosterIds: ['pol', 'ggz', 'gem', 'rec'],
      date: '2025-01-15',
    });
    expect(byRoster.status, byRoster.text).toBe(201);
    expect(byRoster.body).toMatchObject({
      opgaveId: opgave.body.id,
      previousSurveyId: first.body.id,
      questions: first.body.questions,
      counts: { roster: 4, respondents: 2 },
    });
    expect(
      byRoster.body.invitations.map((i: { respondentId: string; speaksFor: string }) => [
        i.respondentId,
        i.speaksFor,
      ]),
    ).toEqual([
      ['p-pol', 'pol'],
      ['p-ggz', 'ggz'],
    ]);
    const byRespondents = await h.call('POST', '/api/surveys', {
      name: 'Ronde 3',
      previousSurveyId: byRoster.body.id,
      respondentIds: ['p-rec', 'p-gem'],
      date: '2026-01-15',
    });
    expect(byRespondents.status, byRespondents.text).toBe(201);
    expect(byRespondents.body.roster.map((r: { actorId: string }) => r.actorId)).toEqual([
      'pol',
      'ggz',
      'gem',
      'rec',
    ]);
    expect(
      byRespondents.body.invitations.map((i: { respondentId: string; speaksFor: string }) => [
        i.respondentId,
        i.speaksFor,
      ]),
    ).toEqual([
      ['p-rec', 'rec'],
      ['p-gem', 'gem'],
    ]);
    // a round without a link is fresh: nothing is sent, nothing answered
    expect(byRespondents.body.counts).toMatchObject({ sent: 0, answered: 0 });
  });
});

describe('migration 9', () => {
  it('turns the applications recorded before into change sets that undo like an import', () => {
    const db = new Database(join(mkdtempSync(join(tmpdir(), 'regiekaart-m9-')), 'store.db'));
    applyPragmas(db);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 8),
    );
    const at = '2025-01-01T10:00:00.000Z';
    db.exec(`
      INSERT INTO actors (id, kind) VALUES ('a', 'organisation'), ('b', 'organisation');
      INSERT INTO organisations (id, name, domain, type, created_at, updated_at)
        VALUES ('a', 'A', 'zorg', 'ggz', '${at}', '${at}'), ('b', 'B', 'zorg', 'ggd', '${at}', '${at}');
      INSERT INTO surveys (id, name, status, survey_date, questions, created_at, updated_at)
        VALUES ('svy-1', 'Oude uitvraag', 'gesloten', '2024-12-01', '{}', '${at}', '${at}');
      INSERT INTO links (id, source_id, target_id, kind, strength, directed, since, source, survey_id, created_at, updated_at)
        VALUES ('lnk-1', 'a', 'b', 'overleg', 4, 0, '2024-12-01', 'self-reported', 'svy-1', '${at}', '${at}');
      INSERT INTO survey_applications (id, survey_id, symmetrize, link_ids, applied_at)
        VALUES ('sap-1', 'svy-1', 'max', '["lnk-1"]', '${at}');
    `);
    expect(migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version > 8).map((m) => m.version));
    const [set] = listChangeSets(db, { kind: 'survey', limit: 10, offset: 0 }).items;
    expect(set).toMatchObject({
      id: 'sap-1',
      kind: 'survey',
      at,
      summary: { surveyId: 'svy-1', survey: 'Oude uitvraag', created: 1, symmetrize: 'max' },
      undoneAt: null,
    });
    expect(set?.summary.text).toBe(
      'Netwerkuitvraag "Oude uitvraag" (2024-12-01) toegepast: 1 verbinding (max).',
    );
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'survey_applications'").get()).toBe(
      undefined,
    );
    undoChangeSet(db, 'sap-1');
    expect(db.prepare('SELECT count(*) FROM links').pluck().get()).toBe(0);
    db.close();
  });
});
