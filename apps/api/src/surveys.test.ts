import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, type SignedIn, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';
import { AnalysisRunner } from './analysis/analysis-runner.ts';
import { createApp } from './app.ts';

let h: Harness;
let regisseur: SignedIn;
let lezer: SignedIn;

beforeAll(async () => {
  h = await startHarness(smallNetwork);
  // Anna (p1) is regisseur of casus c1; Eva (p5) is on no casus team
  regisseur = await h.account({ username: 'svy-regisseur', role: 'regisseur', personId: 'p5' });
  lezer = await h.account({ username: 'svy-lezer', role: 'lezer', personId: 'p4' });
}, 60_000);
afterAll(() => h.stop());

const tokenOf = (link: string) => link.split('/').pop() as string;

/** A survey on people p1-p6 with respondents p1, p2 and p3; their links by respondent. */
async function surveyWithLinks(extra: Record<string, unknown> = {}) {
  const made = await h.call('POST', '/api/surveys', {
    name: 'Netwerkuitvraag 2026',
    opgaveId: 'op1',
    rosterIds: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'],
    respondentIds: ['p1', 'p2', 'p3'],
    date: '2026-03-01',
    ...extra,
  });
  expect(made.status, made.text).toBe(201);
  const invited = await h.call('POST', `/api/surveys/${made.body.id}/invitations`);
  expect(invited.status, invited.text).toBe(201);
  const links = Object.fromEntries(
    (invited.body as { respondentId: string; link: string }[]).map((i) => [i.respondentId, i.link]),
  );
  return {
    id: String(made.body.id),
    survey: made.body,
    links,
  };
}

const put = (token: string, answers: unknown[]) => h.anonymous('PUT', `/api/uitvraag/${token}`, { answers });

describe('creating a survey', () => {
  it('creates a survey with default questions, counts and a Location', async () => {
    const made = await h.call('POST', '/api/surveys', {
      name: 'Uitvraag verward gedrag',
      opgaveId: 'op1',
      rosterIds: ['gem-oov', 'pol', 'ggz', 'rec'],
      respondentIds: ['p1', 'p2', 'p5'],
    });
    expect(made.status, made.text).toBe(201);
    expect(made.headers.get('location')).toBe(`/api/surveys/${made.body.id}`);
    expect(made.body).toMatchObject({
      status: 'open',
      opgaveId: 'op1',
      counts: { roster: 4, respondents: 3, sent: 0, opened: 0, answered: 0 },
      responseRate: 0,
      application: null,
    });
    expect(made.body.id).toMatch(/^svy-/);
    expect(made.body.questions.kinds.map((k: { code: string }) => k.code)).toContain('casusoverleg');
    expect(made.body.questions.scores.map((s: { id: string }) => s.id)).toEqual(['afspraken', 'informatie']);
    // each respondent answers for their organisation on the roster
    const speaks = Object.fromEntries(
      made.body.invitations.map((i: { respondentId: string; speaksFor: string }) => [
        i.respondentId,
        i.speaksFor,
      ]),
    );
    expect(speaks).toEqual({ p1: 'gem-oov', p2: 'pol', p5: 'ggz' });
    expect(made.body.invitations.every((i: { status: string }) => i.status === 'not sent')).toBe(true);
    const list = await h.call('GET', '/api/surveys');
    expect(list.body.items.map((s: { id: string }) => s.id)).toContain(made.body.id);
  });

  it('takes configured questions: chosen tie kinds, no scores, no free text', async () => {
    const made = await h.call('POST', '/api/surveys', {
      name: 'Kort',
      rosterIds: ['p1', 'p2'],
      respondentIds: ['p1'],
      questions: { kinds: ['casusoverleg', 'informeel'], scores: [], freeText: null },
    });
    expect(made.status, made.text).toBe(201);
    expect(made.body.questions).toMatchObject({
      kinds: [
        { code: 'casusoverleg', label: 'Casusoverleg' },
        { code: 'informeel', label: 'Informeel contact' },
      ],
      scores: [],
      freeText: null,
    });
  });

  it('refuses unknown actors, an organisation as respondent and unknown tie kinds with 422 naming the field', async () => {
    const bad = await h.call('POST', '/api/surveys', {
      name: 'Fout',
      rosterIds: ['p1', 'bestaat-niet'],
      respondentIds: ['pol'],
      questions: { kinds: ['geen-soort'] },
    });
    expect(bad.status).toBe(422);
    expect(bad.type).toContain('application/problem+json');
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['rosterIds.1', 'respondentIds.0']));
    const kinds = await h.call('POST', '/api/surveys', {
      name: 'Fout',
      rosterIds: ['p1'],
      respondentIds: ['p2'],
      questions: { kinds: ['geen-soort'] },
    });
    expect(kinds.status).toBe(422);
    expect(kinds.body.errors[0].field).toBe('questions.kinds.0');
    const empty = await h.call('POST', '/api/surveys', { name: 'Leeg', rosterIds: [], respondentIds: [] });
    expect(empty.status).toBe(422);
    const invalid = await h.call('POST', '/api/surveys', { name: '', rosterIds: 'p1' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['name', 'rosterIds']),
    );
    expect((await h.call('GET', '/api/surveys/svy-bestaat-niet')).status).toBe(404);
  });

  it('lets a lezer read surveys and results but not create, close or apply', async () => {
    const { id } = await surveyWithLinks();
    expect((await lezer('GET', `/api/surveys/${id}`)).status).toBe(200);
    expect((await lezer('GET', `/api/surveys/${id}/results?symmetrize=min`)).status).toBe(200);
    const create = await lezer('POST', '/api/surveys', {
      name: 'X',
      rosterIds: ['p1'],
      respondentIds: ['p2'],
    });
    expect(create.status).toBe(403);
    expect((await lezer('POST', `/api/surveys/${id}/close`)).status).toBe(403);
    expect((await lezer('POST', `/api/surveys/${id}/apply`, { symmetrize: 'max' })).status).toBe(403);
    expect((await lezer('POST', `/api/surveys/${id}/invitations`)).status).toBe(403);
  });

  it('shows a survey on a casus to its team only', async () => {
    const made = await h.call('POST', '/api/surveys', {
      name: 'Casusnetwerk WM-2024-001',
      opgaveId: 'c1',
      rosterIds: ['p1', 'p4'],
      respondentIds: ['p1', 'p4'],
    });
    expect(made.status).toBe(201);
    const id = made.body.id;
    // Eva's account (p5) is not on casus c1's team; the lezer sees no casus at all
    for (const caller of [regisseur, lezer]) {
      expect((await caller('GET', `/api/surveys/${id}`)).status).toBe(404);
      expect((await caller('GET', `/api/surveys/${id}/results`)).status).toBe(404);
      const list = await caller('GET', '/api/surveys');
      expect(list.text).not.toContain(id);
    }
    expect((await regisseur('POST', `/api/surveys/${id}/close`)).status).toBe(404);
    const onHidden = await regisseur('POST', '/api/surveys', {
      name: 'Stiekem',
      opgaveId: 'c1',
      rosterIds: ['p1'],
      respondentIds: ['p4'],
    });
    expect(onHidden.status).toBe(422);
    expect(onHidden.body.errors[0].field).toBe('opgaveId');
    // a regisseur named on the casus team (by the beheerder) sees it
    const anna = await h.account({ username: 'svy-anna', role: 'regisseur', personId: 'p1' });
    expect((await anna('GET', `/api/surveys/${id}`)).status).toBe(404);
    expect((await h.call('POST', '/api/opgaven/c1/team', { personId: 'p1' })).status).toBe(201);
    expect((await anna('GET', `/api/surveys/${id}`)).status).toBe(200);
  });
});

describe('invitations and the respondent', () => {
  it('issues links of 256 random bits, keeps only their hash, and replaces a link when asked again', async () => {
    const { id, links } = await surveyWithLinks();
    const token = tokenOf(links.p1 as string);
    expect(links.p1).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/uitvraag\/[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const stored = h.db
      .prepare('SELECT token_hash FROM survey_respondents WHERE survey_id = ? AND person_id = ?')
      .pluck()
      .get(id, 'p1');
    expect(stored).toBe(createHash('sha256').update(token).digest('hex'));
    const dump = JSON.stringify(h.db.prepare('SELECT * FROM survey_respondents').all());
    expect(dump).not.toContain(token);
    expect((await h.call('GET', `/api/surveys/${id}`)).body.invitations[0].status).toBe('sent');

    const again = await h.call('POST', `/api/surveys/${id}/invitations`, { respondentIds: ['p1'] });
    expect(again.status).toBe(201);
    expect(again.body).toHaveLength(1);
    const fresh = tokenOf(again.body[0].link);
    expect(fresh).not.toBe(token);
    expect((await h.anonymous('GET', `/api/uitvraag/${token}`)).status).toBe(404);
    expect((await h.anonymous('GET', `/api/uitvraag/${fresh}`)).status).toBe(200);
    const other = await h.call('POST', `/api/surveys/${id}/invitations`, { respondentIds: ['p6'] });
    expect(other.status).toBe(422);
    expect(other.body.errors[0].field).toBe('respondentIds.0');
  });

  it('shows the respondent the roster without themselves, the questions and only their own answers', async () => {
    const { id, links } = await surveyWithLinks();
    const p1 = tokenOf(links.p1 as string);
    const p2 = tokenOf(links.p2 as string);
    expect((await put(p2, [{ actorId: 'p1', frequency: 'wekelijks', note: 'geheim van Bram' }])).status).toBe(
      200,
    );
    const seen = await h.anonymous('GET', `/api/uitvraag/${p1}`);
    expect(seen.status, seen.text).toBe(200);
    expect(seen.headers.get('referrer-policy')).toBe('no-referrer');
    expect(seen.headers.get('set-cookie')).toBeNull();
    expect(seen.body.respondent.name).toBe('Anna Bakker');
    expect(seen.body.roster.map((r: { actorId: string }) => r.actorId)).toEqual([
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
    ]);
    expect(seen.body.roster[0]).toMatchObject({ name: 'Bram Claessens', organisation: 'Politie Limburg' });
    expect(seen.body.survey).toMatchObject({
      name: 'Netwerkuitvraag 2026',
      opgave: 'Aanpak personen met verward gedrag',
    });
    expect(seen.body.answers).toEqual([]);
    expect(seen.text).not.toContain('geheim van Bram');
    const detail = await h.call('GET', `/api/surveys/${id}`);
    const status = Object.fromEntries(
      detail.body.invitations.map((i: { respondentId: string; status: string }) => [
        i.respondentId,
        i.status,
      ]),
    );
    expect(status).toEqual({ p1: 'opened', p2: 'answered', p3: 'sent' });
    expect(detail.body.responseRate).toBeCloseTo(1 / 3);
  });

  it('saves answers in one go, replaces them on the next save and returns them on a later visit', async () => {
    const { links } = await surveyWithLinks();
    const token = tokenOf(links.p1 as string);
    const first = await put(token, [
      {
        actorId: 'p2',
        frequency: 'wekelijks',
        kinds: ['casusoverleg'],
        quality: { afspraken: 4, informatie: 5 },
      },
      { actorId: 'p3', frequency: 'zelden' },
    ]);
    expect(first.status, first.text).toBe(200);
    expect(first.body.saved).toBe(2);
    const second = await put(token, [{ actorId: 'p3', frequency: 'maandelijks', note: 'loopt goed' }]);
    expect(second.status).toBe(200);
    const back = await h.anonymous('GET', `/api/uitvraag/${token}`);
    expect(back.body.answers).toEqual([
      { actorId: 'p3', frequency: 'maandelijks', kinds: [], quality: {}, note: 'loopt goed' },
    ]);
    expect(back.body.answeredAt).toMatch(/^\d{4}-/);
  });

  it('refuses an actor not on the roster, a score out of range and unknown choices, writing nothing', async () => {
    const { id, links } = await surveyWithLinks({ rosterIds: ['p1', 'p2', 'p3'] });
    const token = tokenOf(links.p1 as string);
    expect((await put(token, [{ actorId: 'p2', frequency: 'wekelijks' }])).status).toBe(200);
    const count = () =>
      h.db.prepare('SELECT count(*) FROM survey_answers WHERE survey_id = ?').pluck().get(id) as number;
    expect(count()).toBe(1);
    const notOnRoster = await put(token, [
      { actorId: 'p3', frequency: 'wekelijks' },
      { actorId: 'p6', frequency: 'wekelijks' },
    ]);
    expect(notOnRoster.status).toBe(422);
    expect(notOnRoster.type).toContain('application/problem+json');
    expect(notOnRoster.body.errors).toEqual([
      { field: 'answers.1.actorId', message: expect.stringContaining('p6') },
    ]);
    const self = await put(token, [{ actorId: 'p1', frequency: 'wekelijks' }]);
    expect(self.status).toBe(422);
    const score = await put(token, [{ actorId: 'p3', frequency: 'wekelijks', quality: { afspraken: 6 } }]);
    expect(score.status).toBe(400);
    expect(score.body.errors[0].field).toBe('answers.0.quality.afspraken');
    const kind = await put(token, [{ actorId: 'p3', frequency: 'wekelijks', kinds: ['financiering-x'] }]);
    expect(kind.status).toBe(422);
    const question = await put(token, [{ actorId: 'p3', frequency: 'wekelijks', quality: { sfeer: 3 } }]);
    expect(question.status).toBe(422);
    const frequency = await put(token, [{ actorId: 'p3', frequency: 'dagelijks' }]);
    expect(frequency.status).toBe(400);
    const twice = await put(token, [
      { actorId: 'p3', frequency: 'wekelijks' },
      { actorId: 'p3', frequency: 'zelden' },
    ]);
    expect(twice.status).toBe(400);
    const text = await h.anonymous('PUT', `/api/uitvraag/${token}`, 'answers', {
      'content-type': 'text/plain',
    });
    expect(text.status).toBe(415);
    // the earlier answer stands, untouched
    expect(count()).toBe(1);
    expect((await h.anonymous('GET', `/api/uitvraag/${token}`)).body.answers[0].actorId).toBe('p2');
  });

  it('answers 404 to a made-up or malformed token, also for someone signed in, and takes no cookie as authority', async () => {
    const madeUp = 'A'.repeat(43);
    for (const path of [`/api/uitvraag/${madeUp}`, '/api/uitvraag/kort', '/api/uitvraag/%00%00']) {
      const anon = await h.anonymous('GET', path);
      expect(anon.status, path).toBe(404);
      expect(anon.type).toContain('application/problem+json');
      // a beheerder's session does not open a respondent's page
      expect((await h.call('GET', path)).status).toBe(404);
    }
    const { links } = await surveyWithLinks();
    const token = tokenOf(links.p1 as string);
    // no CSRF header is needed, and a session cookie with a wrong CSRF token changes nothing
    const withCookie = await h.anonymous(
      'PUT',
      `/api/uitvraag/${token}`,
      { answers: [{ actorId: 'p2', frequency: 'zelden' }] },
      { cookie: h.call.cookie, 'x-csrf-token': 'verkeerd' },
    );
    expect(withCookie.status, withCookie.text).toBe(200);
  });

  it('writes every read and write through a token to the access log as the respondent', async () => {
    const { id, links } = await surveyWithLinks();
    const token = tokenOf(links.p2 as string);
    await h.anonymous('GET', `/api/uitvraag/${token}`);
    await put(token, [{ actorId: 'p1', frequency: 'wekelijks' }]);
    await put(token, [{ actorId: 'onbekend', frequency: 'wekelijks' }]);
    const rows = h.db
      .prepare(
        "SELECT action, result, status, username, purpose FROM access_log WHERE object_id = ? AND object_type = 'survey-response' ORDER BY id",
      )
      .all(id);
    expect(rows).toEqual([
      {
        action: 'view',
        result: 'success',
        status: 200,
        username: 'respondent:p2',
        purpose: 'netwerkuitvraag',
      },
      {
        action: 'update',
        result: 'success',
        status: 200,
        username: 'respondent:p2',
        purpose: 'netwerkuitvraag',
      },
      {
        action: 'update',
        result: 'failure',
        status: 422,
        username: 'respondent:p2',
        purpose: 'netwerkuitvraag',
      },
    ]);
  });

  it('downloads the invitations as a formula-safe CSV with a BOM', async () => {
    const person = await h.call('POST', '/api/people', {
      name: '=HYPERLINK("x")',
      email: 'formule@voorbeeld.nl',
    });
    expect(person.status, person.text).toBe(201);
    const made = await h.call('POST', '/api/surveys', {
      name: 'CSV',
      rosterIds: ['p1', person.body.id],
      respondentIds: ['p1', person.body.id],
    });
    const csv = await h.call('POST', `/api/surveys/${made.body.id}/invitations?format=csv`);
    expect(csv.status).toBe(201);
    expect(csv.type).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('uitnodigingen-');
    const raw = new Uint8Array(
      await (
        await fetch(`${h.url}/api/surveys/${made.body.id}/invitations?format=csv`, {
          method: 'POST',
          headers: { cookie: h.call.cookie, 'x-csrf-token': h.call.csrfToken },
        })
      ).arrayBuffer(),
    );
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('naam;e-mail;link');
    expect(lines[1]).toMatch(/^Anna Bakker;;http:\/\/.+\/#\/uitvraag\/[A-Za-z0-9_-]{43}$/);
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""x""\)";formule@voorbeeld\.nl;http/);
  });

  it('refuses e-mail when no SMTP server is set', async () => {
    const { id } = await surveyWithLinks();
    const send = await h.call('POST', `/api/surveys/${id}/invitations`, { send: true });
    expect(send.status).toBe(409);
    expect(send.body.detail).toContain('REGIEKAART_SMTP_URL');
    expect((await h.call('POST', `/api/surveys/${id}/reminders`)).status).toBe(409);
  });
});

describe('closing, results, applying and undoing', () => {
  /** p1 and p2 name each other; p1 names p3 (who does not answer); p2 names p4. */
  async function answered() {
    const s = await surveyWithLinks();
    const t = (p: string) => tokenOf(s.links[p] as string);
    expect(
      (
        await put(t('p1'), [
          { actorId: 'p2', frequency: 'wekelijks', kinds: ['casusoverleg'], quality: { afspraken: 4 } },
          { actorId: 'p3', frequency: 'kwartaal', kinds: ['informeel'] },
        ])
      ).status,
    ).toBe(200);
    expect(
      (
        await put(t('p2'), [
          { actorId: 'p1', frequency: 'maandelijks', kinds: ['overleg'], quality: { afspraken: 2 } },
          { actorId: 'p4', frequency: 'zelden' },
        ])
      ).status,
    ).toBe(200);
    return { ...s, t };
  }

  it('gives confirmed and one-sided ties under max, only confirmed ones under min, each report under none', async () => {
    const { id } = await answered();
    const max = (await h.call('GET', `/api/surveys/${id}/results?symmetrize=max`)).body;
    expect(max.responseRate).toBeCloseTo(2 / 3);
    expect(max.threshold).toBe(0.65);
    expect(max.respondents.map((r: { id: string }) => r.id)).toEqual(['p1', 'p2']);
    expect(max.nonRespondents.map((r: { id: string }) => r.id)).toEqual(['p3']);
    expect(max.ties).toHaveLength(3);
    const pair = max.ties.find((t: { confirmed: boolean }) => t.confirmed);
    expect(pair).toMatchObject({
      sourceId: 'p1',
      targetId: 'p2',
      reportedBy: ['p1', 'p2'],
      frequency: 'wekelijks',
      kinds: ['casusoverleg', 'overleg'],
      quality: { afspraken: 3 },
    });
    expect(max.figures).toMatchObject({ ties: 3, confirmed: 1, oneSided: 2, actors: 6 });
    expect(max.figures.density).toBeCloseTo(3 / 15, 3);

    const min = (await h.call('GET', `/api/surveys/${id}/results?symmetrize=min`)).body;
    expect(min.ties).toHaveLength(1);
    expect(min.ties[0]).toMatchObject({
      sourceId: 'p1',
      targetId: 'p2',
      confirmed: true,
      frequency: 'maandelijks',
    });

    const none = (await h.call('GET', `/api/surveys/${id}/results?symmetrize=none`)).body;
    expect(none.ties).toHaveLength(4);
    expect(none.ties.every((t: { directed: boolean }) => t.directed)).toBe(true);
    expect(
      none.ties.find(
        (t: { sourceId: string; targetId: string }) => t.sourceId === 'p2' && t.targetId === 'p1',
      ),
    ).toMatchObject({ confirmed: true, reportedBy: ['p2'], frequency: 'maandelijks' });

    const bad = await h.call('GET', `/api/surveys/${id}/results?symmetrize=gemiddeld`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('symmetrize');
  });

  it('closes the survey: the links then answer 410, and no new links are made', async () => {
    const { id, t } = await answered();
    const closed = await h.call('POST', `/api/surveys/${id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('gesloten');
    for (const method of ['GET', 'PUT']) {
      const reply = await h.anonymous(
        method,
        `/api/uitvraag/${t('p1')}`,
        method === 'PUT' ? { answers: [] } : undefined,
      );
      expect(reply.status, method).toBe(410);
      expect(reply.type).toContain('application/problem+json');
    }
    expect((await h.call('POST', `/api/surveys/${id}/invitations`)).status).toBe(409);
    // closing again changes nothing
    expect((await h.call('POST', `/api/surveys/${id}/close`)).body.closedAt).toBe(closed.body.closedAt);
  });

  it('answers 410 once closesOn has passed', async () => {
    const made = await h.call('POST', '/api/surveys', {
      name: 'Verlopen',
      rosterIds: ['p1', 'p2'],
      respondentIds: ['p1'],
      closesOn: '2026-01-01',
    });
    expect(made.body.status).toBe('gesloten');
    // no links for a survey past its date, and a link made in time stops working
    expect((await h.call('POST', `/api/surveys/${made.body.id}/invitations`)).status).toBe(409);
    const open = await surveyWithLinks({ closesOn: '2999-12-31' });
    h.db.prepare("UPDATE surveys SET closes_on = '2020-01-01' WHERE id = ?").run(open.id);
    expect((await h.anonymous('GET', `/api/uitvraag/${tokenOf(open.links.p1 as string)}`)).status).toBe(410);
  });

  it('applies the result as self-reported links once, and undoes the application', async () => {
    const { id } = await answered();
    const before = h.db.prepare('SELECT count(*) FROM links').pluck().get() as number;
    const early = await h.call('POST', `/api/surveys/${id}/apply`, { symmetrize: 'max' });
    expect(early.status).toBe(409);
    await h.call('POST', `/api/surveys/${id}/close`);

    const applied = await h.call('POST', `/api/surveys/${id}/apply`, { symmetrize: 'max' });
    expect(applied.status, applied.text).toBe(201);
    expect(applied.body).toMatchObject({ surveyId: id, symmetrize: 'max', created: 3, undoneAt: null });
    expect(applied.body.id).toMatch(/^sap-/);
    const links = (await h.call('GET', '/api/links?limit=1000')).body.items.filter(
      (l: { surveyId: string | null }) => l.surveyId === id,
    );
    expect(links).toHaveLength(3);
    const confirmed = links.find(
      (l: { sourceId: string; targetId: string }) => l.sourceId === 'p1' && l.targetId === 'p2',
    );
    expect(confirmed).toMatchObject({
      source: 'self-reported',
      confidence: 'hoog',
      since: '2026-03-01',
      strength: 5,
      kind: 'casusoverleg',
      directed: false,
    });
    const oneSided = links.find((l: { targetId: string }) => l.targetId === 'p4');
    expect(oneSided).toMatchObject({ sourceId: 'p2', confidence: 'middel', strength: 1 });
    expect((await h.call('GET', `/api/surveys/${id}`)).body.application.id).toBe(applied.body.id);

    const again = await h.call('POST', `/api/surveys/${id}/apply`, { symmetrize: 'max' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: applied.body.id, created: 0 });
    expect(h.db.prepare('SELECT count(*) FROM links').pluck().get()).toBe(before + 3);
    const other = await h.call('POST', `/api/surveys/${id}/apply`, { symmetrize: 'min' });
    expect(other.status).toBe(409);

    const undone = await h.call('DELETE', `/api/surveys/${id}/apply`);
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ id: applied.body.id, removed: 3 });
    expect(undone.body.undoneAt).toMatch(/^\d{4}-/);
    expect(h.db.prepare('SELECT count(*) FROM links').pluck().get()).toBe(before);
    expect((await h.call('DELETE', `/api/surveys/${id}/apply`)).status).toBe(409);

    const min = await h.call('POST', `/api/surveys/${id}/apply`, { symmetrize: 'min' });
    expect(min.status).toBe(201);
    expect(min.body.created).toBe(1);
  });

  it('starts a new round that carries the roster, respondents and questions over', async () => {
    const { id } = await surveyWithLinks({ questions: { kinds: ['overleg'], scores: [] } });
    const next = await h.call('POST', '/api/surveys', { name: 'Ronde 2027', previousSurveyId: id });
    expect(next.status, next.text).toBe(201);
    expect(next.body).toMatchObject({
      previousSurveyId: id,
      opgaveId: 'op1',
      counts: { roster: 6, respondents: 3 },
    });
    expect(next.body.questions.kinds).toEqual([{ code: 'overleg', label: 'Structureel overleg' }]);
    const missing = await h.call('POST', '/api/surveys', { name: 'Ronde', previousSurveyId: 'svy-niets' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].field).toBe('previousSurveyId');
  });
});

describe('bad input on the survey routes', () => {
  it('answers a Dutch problem naming the field for every refusal, and never a 500', async () => {
    const { id, links } = await surveyWithLinks();
    const token = tokenOf(links.p1 as string);
    const cases: [string, string, unknown, number, string | undefined][] = [
      [
        'POST',
        '/api/surveys',
        {
          name: 'Dubbele vraag',
          rosterIds: ['p1'],
          respondentIds: ['p2'],
          questions: {
            scores: [
              { id: 'a', label: 'A' },
              { id: 'a', label: 'B' },
            ],
          },
        },
        422,
        'questions.scores',
      ],
      [
        'POST',
        '/api/surveys',
        { name: 'X', opgaveId: 'op-bestaat-niet', rosterIds: ['p1'], respondentIds: ['p2'] },
        422,
        'opgaveId',
      ],
      [
        'POST',
        '/api/surveys',
        { name: 'X', rosterIds: ['p1'], respondentIds: ['p2'], date: '2026-02-30' },
        400,
        'date',
      ],
      [
        'POST',
        '/api/surveys',
        { name: 'X', rosterIds: ['p1'], respondentIds: ['p2'], kleur: 'rood' },
        400,
        'kleur',
      ],
      ['POST', `/api/surveys/${id}/invitations?format=xml`, undefined, 400, 'format'],
      ['POST', `/api/surveys/${id}/invitations`, { respondentIds: 'p1' }, 400, 'respondentIds'],
      ['POST', `/api/surveys/${id}/invitations`, { respondentIds: ['p6'] }, 422, 'respondentIds.0'],
      ['POST', `/api/surveys/${id}/apply`, { symmetrize: 'gemiddeld' }, 400, 'symmetrize'],
      ['POST', '/api/surveys/svy-onbekend/apply', {}, 404, undefined],
      ['DELETE', '/api/surveys/svy-onbekend/apply', undefined, 404, undefined],
      ['POST', '/api/surveys/svy-onbekend/close', undefined, 404, undefined],
      ['POST', '/api/surveys/svy-onbekend/reminders', undefined, 404, undefined],
      ['GET', `/api/surveys/${id}/compare?with=svy-onbekend`, undefined, 422, 'with'],
      ['GET', `/api/surveys/${id}/compare?with=${id}&symmetrize=gemiddeld`, undefined, 400, 'symmetrize'],
      ['GET', `/api/surveys/${id}/results?minPeople=veel&view=raad`, undefined, 400, 'minPeople'],
      ['GET', '/api/surveys/svy-onbekend/results', undefined, 404, undefined],
    ];
    for (const [method, path, body, status, field] of cases) {
      const reply = await h.call(method, path, body);
      const where = `${method} ${path}: ${reply.text.slice(0, 200)}`;
      expect(reply.status, where).toBe(status);
      expect(reply.type, where).toContain('application/problem+json');
      expect(reply.body.detail ?? reply.body.title, where).toMatch(/[a-z]/);
      expect(reply.text, where).not.toMatch(/ at |Error:|stack/);
      // in Dutch, also where the schema library words the message
      for (const e of reply.body.errors ?? [])
        expect(e.message, where).not.toMatch(/invalid|expected|unrecognized/i);
      if (field)
        expect(
          reply.body.errors.map((e: { field: string }) => e.field),
          where,
        ).toContain(field);
    }
    // a body that is no JSON, and one that is no JSON object
    const text = await h.call('POST', `/api/surveys/${id}/apply`, 'symmetrize=max', {
      'content-type': 'text/plain',
    });
    expect(text.status).toBe(415);
    const broken = await h.call('POST', '/api/surveys', '{"name": ', { 'content-type': 'application/json' });
    expect(broken.status).toBe(400);
    expect(broken.type).toContain('application/problem+json');
    // the respondent: answers that are no list, and a partner named twice
    const notList = await h.anonymous('PUT', `/api/uitvraag/${token}`, { answers: 'p2' });
    expect(notList.status).toBe(400);
    expect(notList.body.errors[0]).toEqual({
      field: 'answers',
      message: 'Ongeldige invoer: verwacht array, ontving string',
    });
    const unknown = await h.anonymous('PUT', `/api/uitvraag/${token}`, { answers: [], naam: 'x' });
    expect(unknown.body.errors).toEqual([{ field: 'naam', message: 'onbekend veld' }]);
    const twice = await put(token, [
      { actorId: 'p2', frequency: 'wekelijks' },
      { actorId: 'p2', frequency: 'zelden' },
    ]);
    expect(twice.status).toBe(400);
    expect(twice.body.errors[0]).toEqual({ field: 'answers', message: 'elke partner komt één keer voor' });
    expect((await h.anonymous('GET', `/api/uitvraag/${token}`)).body.answers).toEqual([]);
  });
});

describe('rate limit on the token routes', () => {
  it('answers 429 after too many unknown tokens from one address, with Retry-After', async () => {
    const runner = new AnalysisRunner(false);
    const app = createApp({ db: h.db, runner, tokenLimits: { perMinute: 100, unknownPer15Minutes: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.request(`/api/uitvraag/${String(i).repeat(43)}`);
      statuses.push(res.status);
      if (res.status === 429) expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    await runner.close();
  });

  it('counts each client behind a proxy named in REGIEKAART_TRUST_PROXY apart', async () => {
    const runner = new AnalysisRunner(false);
    const app = createApp({
      db: h.db,
      runner,
      tokenLimits: { perMinute: 100, unknownPer15Minutes: 2 },
      trustProxy: ['127.0.0.1'],
    });
    const server = await new Promise<ReturnType<typeof serve>>((ready) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ready(s));
    });
    const { port } = server.address() as AddressInfo;
    const guess = async (client: string, i: number) =>
      (
        await fetch(`http://127.0.0.1:${port}/api/uitvraag/${String(i).repeat(43)}`, {
          headers: { 'x-forwarded-for': client },
        })
      ).status;
    try {
      const first = [
        await guess('203.0.113.7', 1),
        await guess('203.0.113.7', 2),
        await guess('203.0.113.7', 3),
      ];
      expect(first).toEqual([404, 404, 429]);
      // another client behind the same proxy is not locked out by the first one's guesses
      expect(await guess('203.0.113.8', 4)).toBe(404);
    } finally {
      await new Promise((done) => server.close(done));
      await runner.close();
    }
  });

  it('answers 429 after too many requests per minute, even with a good token', async () => {
    const { links } = await surveyWithLinks();
    const runner = new AnalysisRunner(false);
    const app = createApp({ db: h.db, runner, tokenLimits: { perMinute: 2, unknownPer15Minutes: 50 } });
    const path = `/api/uitvraag/${tokenOf(links.p1 as string)}`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.request(path)).status);
    expect(statuses).toEqual([200, 200, 429]);
    await runner.close();
  });
});

describe('the raadsversie of the results', () => {
  const NAMES = smallNetwork.people?.map((p) => p.name) ?? [];
  const ORGANISATIONS = smallNetwork.organisations?.map((o) => o.name) ?? [];
  const IDS = [
    ...(smallNetwork.people?.map((p) => p.id) ?? []),
    ...(smallNetwork.organisations?.map((o) => o.id) ?? []),
  ];

  /** Nothing in the answer names a person or organisation, by name or id, nor repeats a note. */
  function expectNoNames(text: string) {
    for (const name of [...NAMES, ...ORGANISATIONS]) expect(text).not.toContain(name);
    for (const id of IDS) expect(text).not.toContain(`"${id}"`);
    expect(text).not.toContain('raad-geheime-toelichting');
    expect(text).not.toMatch(/svy-|lnk-|sap-/);
  }

  /** p1 and p2 (both veiligheid) name each other, p1 names p3 (justitie, no answer), p2 names p4. */
  async function answeredSurvey(extra: Record<string, unknown> = {}) {
    const s = await surveyWithLinks(extra);
    const t = (p: string) => tokenOf(s.links[p] as string);
    expect(
      (
        await put(t('p1'), [
          { actorId: 'p2', frequency: 'wekelijks', note: 'raad-geheime-toelichting' },
          { actorId: 'p3', frequency: 'kwartaal' },
        ])
      ).status,
    ).toBe(200);
    expect(
      (
        await put(t('p2'), [
          { actorId: 'p1', frequency: 'maandelijks' },
          { actorId: 'p4', frequency: 'zelden' },
        ])
      ).status,
    ).toBe(200);
    return s;
  }

  it('answers counts only: response per domain and confirmed and one-sided ties per pair of domains', async () => {
    const { id } = await answeredSurvey();
    const raad = await h.call('GET', `/api/surveys/${id}/results?view=raad&minPeople=1`);
    expect(raad.status, raad.text).toBe(200);
    expect(raad.body).toEqual({
      view: 'raad',
      responseRate: 2 / 3,
      respondentCount: 2,
      nonRespondentCount: 1,
      perDomain: [
        { domain: 'justitie', invited: 1, answered: 0, responseRate: 0 },
        { domain: 'veiligheid', invited: 2, answered: 2, responseRate: 1 },
      ],
      ties: {
        confirmed: 1,
        oneSided: 2,
        byDomainPair: [
          { sourceDomain: 'justitie', targetDomain: 'veiligheid', confirmed: 0, oneSided: 1 },
          { sourceDomain: 'veiligheid', targetDomain: 'veiligheid', confirmed: 1, oneSided: 1 },
        ],
      },
    });
    expectNoNames(raad.text);

    // by default a domain with fewer than three invited respondents counts under "overig"
    const folded = await h.call('GET', `/api/surveys/${id}/results?view=raad`);
    expect(folded.body.perDomain).toEqual([
      { domain: 'overig', invited: 3, answered: 2, responseRate: 2 / 3 },
    ]);
    expectNoNames(folded.text);

    // under min only the confirmed tie; under none each report, by the reporter's side
    const min = await h.call('GET', `/api/surveys/${id}/results?view=raad&symmetrize=min`);
    expect(min.body.ties).toEqual({
      confirmed: 1,
      oneSided: 0,
      byDomainPair: [{ sourceDomain: 'veiligheid', targetDomain: 'veiligheid', confirmed: 1, oneSided: 0 }],
    });
    const none = await h.call('GET', `/api/surveys/${id}/results?view=raad&symmetrize=none`);
    expect(none.body.ties).toEqual({
      confirmed: 2,
      oneSided: 2,
      byDomainPair: [
        { sourceDomain: 'veiligheid', targetDomain: 'justitie', confirmed: 0, oneSided: 1 },
        { sourceDomain: 'veiligheid', targetDomain: 'veiligheid', confirmed: 2, oneSided: 1 },
      ],
    });
    expectNoNames(none.text);

    // a lezer reads the same counts
    const read = await lezer('GET', `/api/surveys/${id}/results?view=raad&minPeople=1`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(raad.body);
  });

  it('refuses a council request on every other survey route with 400 naming view, changing nothing', async () => {
    const { id } = await answeredSurvey();
    const sent = h.db
      .prepare('SELECT token_hash FROM survey_respondents WHERE survey_id = ? ORDER BY person_id')
      .pluck()
      .all(id);
    for (const [method, path] of [
      ['GET', '/api/surveys?view=raad'],
      ['GET', `/api/surveys/${id}?view=raad`],
      ['POST', `/api/surveys/${id}/invitations?view=raad`],
      ['POST', `/api/surveys/${id}/invitations?view=raad&format=csv`],
      ['POST', `/api/surveys/${id}/close?view=raad`],
    ] as const) {
      for (const caller of [h.call, lezer]) {
        const reply = await caller(method, path);
        const where = `${method} ${path}`;
        expect(reply.status, where).toBe(caller === lezer && method === 'POST' ? 403 : 400);
        expect(reply.type, where).toContain('application/problem+json');
        if (reply.status === 400) expect(reply.body.errors[0].field, where).toBe('view');
        // the problem echoes the path asked for, and nothing else
        expectNoNames(reply.text.replaceAll(path.split('?')[0] as string, ''));
      }
    }
    // nothing was issued or closed
    expect(
      h.db
        .prepare('SELECT token_hash FROM survey_respondents WHERE survey_id = ? ORDER BY person_id')
        .pluck()
        .all(id),
    ).toEqual(sent);
    expect((await h.call('GET', `/api/surveys/${id}`)).body.status).toBe('open');

    const bad = await h.call('GET', `/api/surveys/${id}/results?view=gemeenteraad&minPeople=0`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['minPeople', 'view']);
  });

  it('has no raadsversie of a survey on a casus: 404 for everyone, without its code', async () => {
    const made = await h.call('POST', '/api/surveys', {
      name: 'Casusnetwerk raad',
      opgaveId: 'c1',
      rosterIds: ['p1', 'p4'],
      respondentIds: ['p1', 'p4'],
    });
    expect(made.status).toBe(201);
    for (const caller of [h.call, regisseur, lezer]) {
      for (const path of ['results?view=raad', `compare?view=raad&with=${made.body.id}`]) {
        const reply = await caller('GET', `/api/surveys/${made.body.id}/${path}`);
        expect(reply.status, path).toBe(404);
        expect(reply.type).toContain('application/problem+json');
        expect(reply.text).not.toContain('WM-2024-001');
      }
    }
  });
});

describe('export after applying a survey', () => {
  it('exports applied links without the survey reference, so the export imports again', async () => {
    const made = await h.call('POST', '/api/surveys', {
      name: 'Export',
      rosterIds: ['p1', 'p2'],
      respondentIds: ['p1'],
    });
    const [link] = (await h.call('POST', `/api/surveys/${made.body.id}/invitations`)).body;
    expect((await put(tokenOf(link.link), [{ actorId: 'p2', frequency: 'wekelijks' }])).status).toBe(200);
    await h.call('POST', `/api/surveys/${made.body.id}/close`);
    expect((await h.call('POST', `/api/surveys/${made.body.id}/apply`, { symmetrize: 'max' })).status).toBe(
      201,
    );
    const exported = await h.call('GET', '/api/export?format=json');
    expect(exported.status).toBe(200);
    expect(exported.text).not.toContain('surveyId');
    const dryRun = await h.call('POST', '/api/import?format=json&dryRun=true', exported.body);
    expect(dryRun.status, dryRun.text.slice(0, 300)).toBe(200);
  });
});

describe('rounds', () => {
  it('compares a round with the previous one: figures side by side, ties that came and went', async () => {
    const first = await surveyWithLinks({ date: '2025-03-01' });
    const t1 = (p: string) => tokenOf(first.links[p] as string);
    await put(t1('p1'), [
      { actorId: 'p2', frequency: 'wekelijks' },
      { actorId: 'p3', frequency: 'zelden' },
    ]);
    await h.call('POST', `/api/surveys/${first.id}/close`);
    const second = await h.call('POST', '/api/surveys', {
      name: 'Ronde 2026',
      previousSurveyId: first.id,
      date: '2026-03-01',
    });
    expect(second.status).toBe(201);
    const links = (await h.call('POST', `/api/surveys/${second.body.id}/invitations`)).body as {
      respondentId: string;
      link: string;
    }[];
    const t2 = (p: string) => tokenOf(links.find((l) => l.respondentId === p)?.link as string);
    await put(t2('p1'), [{ actorId: 'p2', frequency: 'maandelijks' }]);
    await put(t2('p2'), [
      { actorId: 'p1', frequency: 'maandelijks' },
      { actorId: 'p4', frequency: 'wekelijks' },
    ]);
    const compared = await h.call('GET', `/api/surveys/${second.body.id}/compare`);
    expect(compared.status, compared.text).toBe(200);
    expect(compared.body).toMatchObject({
      symmetrize: 'max',
      before: { surveyId: first.id, date: '2025-03-01', figures: { ties: 2, confirmed: 0 } },
      after: { surveyId: second.body.id, date: '2026-03-01', figures: { ties: 2, confirmed: 1 } },
      tiesAdded: [{ sourceId: 'p2', targetId: 'p4' }],
      tiesRemoved: [{ sourceId: 'p1', targetId: 'p3' }],
      tiesKept: 1,
    });
    // asked from the first round, the earlier one is still "before"
    const reverse = await h.call(
      'GET',
      `/api/surveys/${first.id}/compare?with=${second.body.id}&symmetrize=min`,
    );
    expect(reverse.body.before.surveyId).toBe(first.id);
    expect(reverse.body.tiesKept).toBe(0);
    const none = await h.call('GET', `/api/surveys/${first.id}/compare`);
    expect(none.status).toBe(422);
    expect(none.body.errors[0].field).toBe('with');

    // the raadsversie counts what came, went and stayed, and names no partner
    const raad = await lezer('GET', `/api/surveys/${second.body.id}/compare?view=raad`);
    expect(raad.status, raad.text).toBe(200);
    expect(raad.body).toEqual({
      view: 'raad',
      symmetrize: 'max',
      before: {
        surveyId: first.id,
        date: '2025-03-01',
        responseRate: compared.body.before.responseRate,
        figures: compared.body.before.figures,
      },
      after: {
        surveyId: second.body.id,
        date: '2026-03-01',
        responseRate: compared.body.after.responseRate,
        figures: compared.body.after.figures,
      },
      tiesAdded: 1,
      tiesRemoved: 1,
      tiesKept: 1,
    });
    for (const p of smallNetwork.people ?? []) {
      expect(raad.text).not.toContain(p.name);
      expect(raad.text).not.toContain(`"${p.id}"`);
    }
  });
});
