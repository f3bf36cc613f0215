import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, type SignedIn, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';
import { createAnnotation } from './services/annotations.service.ts';
import { addTeamMember } from './services/casus-team.service.ts';
import { createOpgave, createParticipant } from './services/opgaven.service.ts';
import { createPresentation } from './services/presentations.service.ts';
import { createView } from './services/views.service.ts';

/**
 * What the outside attack on casus data found (issue 10), one finding per block. Anna (p1) is on
 * the team of c1; c-geheim is a casus of another team in which Anna's person takes part.
 */
let h: Harness;
let anna: SignedIn;
let lezer: SignedIn;
const HIDDEN_CODE = 'GH-2026-777';

beforeAll(async () => {
  h = await startHarness(smallNetwork);
  anna = await h.account({ username: 'priv-anna', role: 'regisseur', personId: 'p1' });
  lezer = await h.account({ username: 'priv-lezer', role: 'lezer', personId: 'p4' });
  addTeamMember(h.db, 'c1', { personId: 'p1' }, null);
  createOpgave(h.db, {
    id: 'c-geheim',
    name: `Casus ${HIDDEN_CODE}`,
    level: 'individueel',
    kind: 'casus',
    code: HIDDEN_CODE,
    status: 'actief',
  });
  createParticipant(h.db, 'c-geheim', { actorId: 'p5', role: 'regisseur', since: '2024-02-01' });
  createParticipant(h.db, 'c-geheim', { actorId: 'p1', role: 'partner', since: '2024-02-01' });
  addTeamMember(h.db, 'c-geheim', { personId: 'p5' }, null);
}, 60_000);
afterAll(() => h.stop());

describe('finding 2: the personal-data export shows only what the caller may see', () => {
  it('names no hidden casus code, neither from a beheerder export nor from a refused read', async () => {
    expect((await h.call('GET', '/api/export?format=json')).status).toBe(200);
    expect((await anna('GET', '/api/opgaven/c-geheim')).status).toBe(404);
    expect((await anna('GET', '/api/opgaven/c1')).status).toBe(200);
    const reply = await anna('GET', '/api/me/export');
    expect(reply.status).toBe(200);
    expect(reply.text).not.toContain(HIDDEN_CODE);
    expect(reply.text).not.toContain('c-geheim');
    const data = JSON.parse(reply.text);
    // the facts stay: a dataset export was made, Anna was refused something, she takes part
    expect(data.accessToMyData.some((e: { objectType: string }) => e.objectType === 'dataset')).toBe(true);
    expect(data.myActivity.some((e: { result: string }) => e.result === 'denied')).toBe(true);
    expect(data.participations).toContainEqual(
      expect.objectContaining({ opgaveId: null, label: 'afgeschermde casus', role: 'partner' }),
    );
    // what she may see keeps its code
    expect(reply.text).toContain('WM-2024-001');
    // the beheerder's own export still names everything
    expect((await h.call('GET', '/api/me/export')).text).toContain(HIDDEN_CODE);
  });
});

describe('finding 3: /api/network/export answers as /api/network does, and is logged', () => {
  it('counts only visible casus participations in opgaveCount, for every role', async () => {
    for (const caller of [anna, lezer, h.call]) {
      for (const level of ['person', 'organisation']) {
        const query = `level=${level}&asOf=2024-06-01`;
        const map = await caller('GET', `/api/network?${query}`);
        const exported = await caller('GET', `/api/network/export?format=json&${query}`);
        expect(exported.status).toBe(200);
        const counts = (nodes: { id: string; opgaveCount?: number }[]) =>
          Object.fromEntries(nodes.map((n) => [n.id, n.opgaveCount ?? 0]));
        expect(counts(JSON.parse(exported.text).nodes)).toEqual(counts(map.body.nodes));
      }
    }
    // p1 takes part in op1, c1 and c-geheim: Anna sees two, the beheerder three
    const count = async (caller: SignedIn) =>
      JSON.parse(
        (await caller('GET', '/api/network/export?format=json&level=person&asOf=2024-06-01')).text,
      ).nodes.find((n: { id: string }) => n.id === 'p1').opgaveCount;
    expect(await count(anna)).toBe(2);
    expect(await count(h.call)).toBe(3);
    const log = await h.call(
      'GET',
      '/api/access-log?username=priv-anna&action=export&objectType=network&limit=5',
    );
    expect(log.body.items.length).toBeGreaterThan(0);
  });
});

describe('finding 8: every casus read is logged', () => {
  it('logs a presentation step on a casus and the casussen named in the personal-data export', async () => {
    const view = createView(h.db, {
      opgaveId: 'c1',
      name: 'c1 op de kaart',
      positions: {},
      filters: {},
      styling: {},
    });
    const deck = createPresentation(h.db, {
      name: 'Casusoverleg',
      raad: false,
      steps: [{ viewId: view.id, title: 'c1' }],
    });
    for (const mode of ['werk', 'raad']) {
      const reply = await anna('GET', `/api/presentations/${deck.id}/steps?view=${mode}`);
      expect(reply.status).toBe(200);
      const [entry] = (await h.call('GET', '/api/access-log?username=priv-anna&limit=1')).body.items;
      expect(entry).toMatchObject({
        action: 'view',
        casusCode: 'WM-2024-001',
        requestId: reply.headers.get('x-request-id'),
      });
    }
    const exported = await anna('GET', '/api/me/export');
    const [entry] = (await h.call('GET', '/api/access-log?username=priv-anna&limit=1')).body.items;
    expect(entry).toMatchObject({
      action: 'export',
      casusCode: 'WM-2024-001',
      requestId: exported.headers.get('x-request-id'),
    });
  });
});

describe('finding 4: codes and ids are no oracle', () => {
  it('answers a chosen participant id the same whether a hidden casus holds it or not', async () => {
    // the import shape of ids names the casus: c-geheim-p1 exists, c-geheim-p99 does not
    createParticipant(h.db, 'c-geheim', { id: 'c-geheim-p1', actorId: 'p6', role: 'adviseur' });
    const probe = async (id: string) => {
      const reply = await anna('POST', '/api/opgaven/c1/participants', {
        id,
        actorId: 'p6',
        role: 'adviseur',
      });
      return { status: reply.status, body: { ...reply.body, instance: undefined }, text: reply.text };
    };
    for (const [taken, free] of [
      ['c-geheim-p1', 'c-geheim-p99'],
      ['c-geheim-p1', 'dln-niet-bestaand'],
    ] as const) {
      const a = await probe(taken);
      const b = await probe(free);
      expect(a.status).toBe(422);
      expect(b.status).toBe(422);
      expect(a.text).not.toContain('c-geheim');
      expect(a.text).not.toContain(HIDDEN_CODE);
      expect(a.body.errors).toEqual(b.body.errors);
    }
    // without an id the server chooses one; a random one of the client's shape is kept
    const chosen = await anna('POST', '/api/opgaven/c1/participants', { actorId: 'p6', role: 'adviseur' });
    expect(chosen.status).toBe(201);
    expect(chosen.body.id).toMatch(/^dln-[0-9a-f]{12}$/);
    const own = await anna('POST', '/api/opgaven/c1/participants', {
      id: 'dln-0123456789ab',
      actorId: 'p6',
      role: 'uitvoerder',
    });
    expect(own.status).toBe(201);
    expect(own.body.id).toBe('dln-0123456789ab');
  });

  it('refuses a hidden casus code as it refuses a visible one, naming nothing else, and logs the attempt', async () => {
    const make = (code: string) =>
      anna('POST', '/api/opgaven', { name: 'Nieuwe casus', level: 'individueel', kind: 'casus', code });
    const hidden = await make(HIDDEN_CODE);
    const visible = await make('WM-2024-001');
    expect(hidden.status).toBe(409);
    expect(visible.status).toBe(409);
    expect(hidden.body.detail.replace(HIDDEN_CODE, 'X')).toBe(
      visible.body.detail.replace('WM-2024-001', 'X'),
    );
    expect(hidden.text).not.toContain('c-geheim');
    const [entry] = (await h.call('GET', '/api/access-log?username=priv-anna&result=denied&limit=1')).body
      .items;
    expect(entry).toMatchObject({ action: 'create', status: 409, casusCode: HIDDEN_CODE });
  });
});

describe('chosen ids of notes, saved views and opgaven are no oracle', () => {
  // what a POST as Anna says, without the parts that only echo her own request
  type Probe = { status: number; body: Record<string, unknown>; text: string };
  const post = async (path: string, body: Record<string, unknown>): Promise<Probe> => {
    const reply = await anna('POST', path, body);
    return { status: reply.status, body: { ...reply.body, instance: undefined }, text: reply.text };
  };
  const kinds = [
    {
      what: 'a note',
      path: '/api/annotations',
      body: { targetType: 'opgave', targetId: 'c1', text: 'Proef' },
      legacy: ['n-geheim', 'n-vrij'],
      random: ['ann-0000000000aa', 'ann-0000000000bb', 'ann-0000000000cc'],
      prefix: 'ann',
      code: HIDDEN_CODE,
    },
    {
      what: 'a saved view',
      path: '/api/views',
      body: { opgaveId: 'c1', name: 'Proef' },
      legacy: ['v-geheim', 'v-vrij'],
      random: ['vw-0000000000aa', 'vw-0000000000bb', 'vw-0000000000cc'],
      prefix: 'vw',
      code: HIDDEN_CODE,
    },
    {
      what: 'an opgave',
      path: '/api/opgaven',
      body: { name: 'Proef', level: 'lokaal' },
      legacy: ['c-geheim', 'c-vrij'],
      random: ['opg-0000000000aa', 'opg-0000000000bb', 'opg-0000000000cc'],
      prefix: 'opg',
      code: 'GH-2026-778',
    },
  ] as const;

  beforeAll(() => {
    // hidden: a note and a view in c-geheim under an import-style id and a random one, a casus with
    // a random id; visible: the same for c1, which Anna's team holds
    createAnnotation(h.db, {
      id: 'n-geheim',
      targetType: 'opgave',
      targetId: 'c-geheim',
      text: 'Geheim',
      tags: [],
      isAction: false,
    });
    createAnnotation(h.db, {
      id: 'ann-0000000000aa',
      targetType: 'opgave',
      targetId: 'c-geheim',
      text: 'Geheim',
      tags: [],
      isAction: false,
    });
    createAnnotation(h.db, {
      id: 'ann-0000000000bb',
      targetType: 'opgave',
      targetId: 'c1',
      text: 'Zichtbaar',
      tags: [],
      isAction: false,
    });
    createView(h.db, {
      id: 'v-geheim',
      opgaveId: 'c-geheim',
      name: 'Geheim',
      positions: {},
      filters: {},
      styling: {},
    });
    createView(h.db, {
      id: 'vw-0000000000aa',
      opgaveId: 'c-geheim',
      name: 'Geheim',
      positions: {},
      filters: {},
      styling: {},
    });
    createView(h.db, {
      id: 'vw-0000000000bb',
      opgaveId: 'c1',
      name: 'Zichtbaar',
      positions: {},
      filters: {},
      styling: {},
    });
    createOpgave(h.db, {
      id: 'opg-0000000000aa',
      name: 'Casus GH-2026-778',
      level: 'individueel',
      kind: 'casus',
      code: 'GH-2026-778',
      status: 'actief',
    });
    createOpgave(h.db, {
      id: 'opg-0000000000bb',
      name: 'Zichtbare opgave',
      level: 'lokaal',
      kind: 'opgave',
      status: 'actief',
    });
  });

  for (const k of kinds) {
    it(`answers an outside regisseur's chosen id for ${k.what} the same whether a hidden casus holds it or not`, async () => {
      const [hiddenLegacy, freeLegacy] = k.legacy;
      const a = await post(k.path, { ...k.body, id: hiddenLegacy });
      const b = await post(k.path, { ...k.body, id: freeLegacy });
      expect([a.status, b.status]).toEqual([422, 422]);
      expect(a.body).toEqual(b.body);
      expect(a.body.errors).toEqual([{ field: 'id', message: expect.stringContaining(`${k.prefix}-`) }]);
      expect(a.text).not.toContain('c-geheim');
      expect(a.text).not.toContain(HIDDEN_CODE);

      // a random id that a hidden record holds fails exactly as one a visible record holds
      const [hiddenRandom, visibleRandom, freeRandom] = k.random;
      const refusals = async () =>
        (await h.call('GET', '/api/access-log?username=priv-anna&result=denied&action=create&limit=1')).body;
      const before = (await refusals()).total;
      const hidden = await post(k.path, { ...k.body, id: hiddenRandom });
      const visible = await post(k.path, { ...k.body, id: visibleRandom });
      expect([hidden.status, visible.status]).toEqual([409, 409]);
      expect(JSON.parse(hidden.text.replaceAll(hiddenRandom, 'X'))).toEqual(
        JSON.parse(visible.text.replaceAll(visibleRandom, 'X')),
      );
      for (const secret of ['c-geheim', HIDDEN_CODE, 'GH-2026-778', 'Geheim']) {
        expect(hidden.text).not.toContain(secret);
      }
      const after = await refusals();
      expect(after.total).toBe(before + 1);
      expect(after.items[0]).toMatchObject({ action: 'create', status: 409, casusCode: k.code });

      // a free random id is kept; without one the server chooses
      const own = await post(k.path, { ...k.body, id: freeRandom });
      expect(own.status).toBe(201);
      expect(own.body.id).toBe(freeRandom);
      const chosen = await post(k.path, k.body);
      expect(chosen.status).toBe(201);
      expect(chosen.body.id).toMatch(new RegExp(`^${k.prefix}-[0-9a-f]{12}$`));
    });
  }

  it('answers a random participant id held in a hidden casus as one held in a visible one, and logs it', async () => {
    const planted = (await h.call('POST', '/api/people', { name: 'Pieter Proef' })).body.id;
    const asked = (await h.call('POST', '/api/people', { name: 'Vera Vraag' })).body.id;
    createParticipant(h.db, 'opg-0000000000aa', {
      id: 'dln-0000000000aa',
      actorId: planted,
      role: 'partner',
    });
    createParticipant(h.db, 'c1', { id: 'dln-0000000000bb', actorId: planted, role: 'partner' });
    const refusals = async () =>
      (await h.call('GET', '/api/access-log?username=priv-anna&result=denied&action=create&limit=1')).body;
    const before = (await refusals()).total;
    const body = { actorId: asked, role: 'adviseur' };
    const hidden = await post('/api/opgaven/c1/participants', { ...body, id: 'dln-0000000000aa' });
    const visible = await post('/api/opgaven/c1/participants', { ...body, id: 'dln-0000000000bb' });
    expect([hidden.status, visible.status]).toEqual([409, 409]);
    expect(JSON.parse(hidden.text.replaceAll('dln-0000000000aa', 'X'))).toEqual(
      JSON.parse(visible.text.replaceAll('dln-0000000000bb', 'X')),
    );
    const after = await refusals();
    expect(after.total).toBe(before + 1);
    expect(after.items[0]).toMatchObject({ status: 409, casusCode: expect.stringContaining('GH-2026-778') });
  });

  it('lets a beheerder choose any free id, and her conflicts are not logged as refused', async () => {
    const note = await h.call('POST', '/api/annotations', {
      id: 'n-beheer',
      targetType: 'opgave',
      targetId: 'c-geheim',
      text: 'Door de beheerder',
    });
    expect(note.status).toBe(201);
    const again = await h.call('POST', '/api/views', {
      id: 'v-geheim',
      opgaveId: 'c-geheim',
      name: 'Nog een',
    });
    expect(again.status).toBe(409);
    const [entry] = (await h.call('GET', '/api/access-log?action=create&limit=1')).body.items;
    expect(entry).toMatchObject({ status: 409, result: 'failure' });
  });
});

describe('finding 5: deletes that would reach into a hidden casus', () => {
  it('refuses them for anyone outside its team, naming nothing hidden; a beheerder may', async () => {
    const org = (
      await h.call('POST', '/api/organisations', { name: 'Stichting Geheim', domain: 'zorg', type: 'ggz' })
    ).body.id;
    createParticipant(h.db, 'c-geheim', { actorId: org, role: 'partner' });
    const person = (await h.call('POST', '/api/people', { name: 'Gerrit Geheim' })).body.id;
    createParticipant(h.db, 'c-geheim', { actorId: person, role: 'adviseur' });
    for (const path of [
      `/api/people/${person}?cascade=true`,
      `/api/organisations/${org}?cascade=true`,
      '/api/people/p1',
    ]) {
      const reply = await anna('DELETE', path);
      expect(reply.status, path).toBe(403);
      expect(reply.type).toContain('application/problem+json');
      expect(reply.text).not.toContain('c-geheim');
      expect(reply.text).not.toContain(HIDDEN_CODE);
    }
    expect(h.db.prepare("SELECT count(*) FROM participants WHERE opgave_id = 'c-geheim'").pluck().get()).toBe(
      5,
    );
    // a person in no hidden casus goes as before
    const free = (await h.call('POST', '/api/people', { name: 'Vrije Vogel' })).body.id;
    expect((await anna('DELETE', `/api/people/${free}`)).status).toBe(204);
    expect((await h.call('DELETE', `/api/people/${person}?cascade=true`)).status).toBe(204);
  });
});

describe('finding 10: casus counts in the key figures', () => {
  it('gives a lezer and an outside regisseur the counts of all casussen, never a code or id', async () => {
    const all = h.db.prepare("SELECT count(*) FROM opgaven WHERE kind = 'casus'").pluck().get() as number;
    for (const caller of [lezer, anna]) {
      const json = await caller('GET', '/api/key-figures');
      expect(json.status).toBe(200);
      expect(json.body.casussen.total).toBe(all);
      const csv = await caller('GET', '/api/key-figures?format=csv');
      expect(csv.text).toContain(`Casussen;Totaal;;${all}`);
      for (const reply of [json, csv]) {
        expect(reply.text).not.toContain(HIDDEN_CODE);
        expect(reply.text).not.toContain('c-geheim');
        expect(reply.text).not.toContain('WM-2024-001');
        expect(reply.text).not.toMatch(/"c1"/);
      }
    }
  });
});
