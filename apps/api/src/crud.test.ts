import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(smallNetwork);
});
afterAll(() => h.stop());

describe('GET /api/health', () => {
  it('answers ok', async () => {
    const { status, body } = await h.call('GET', '/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok' });
  });
});

/** Create, read, update, list and delete through the real server, for each entity. */
const cases = [
  {
    path: '/api/organisations',
    create: {
      name: 'Veilig Thuis Zuid-Limburg',
      domain: 'zorg',
      type: 'veilig thuis',
      region: 'Zuid-Limburg',
    },
    patch: { shortName: 'VT ZL' },
    check: (o: Record<string, unknown>) => expect(o.shortName).toBe('VT ZL'),
    search: 'Veilig',
  },
  {
    path: '/api/people',
    create: {
      name: 'Gijs Hermans',
      function: 'wijkcoach',
      memberships: [{ organisationId: 'gem', since: '2021-02-01' }],
    },
    patch: { function: 'teamleider wijkteam' },
    check: (p: Record<string, unknown>) => {
      expect(p.function).toBe('teamleider wijkteam');
      expect(p.memberships).toEqual([
        expect.objectContaining({ organisationId: 'gem', since: '2021-02-01' }),
      ]);
    },
    search: 'Hermans',
  },
  {
    path: '/api/links',
    create: {
      sourceId: 'p6',
      targetId: 'om',
      kind: 'escalatie',
      strength: 2,
      directed: true,
      source: 'document',
    },
    patch: { strength: 5, note: 'wekelijks' },
    check: (l: Record<string, unknown>) =>
      expect(l).toMatchObject({ strength: 5, note: 'wekelijks', directed: true }),
    search: 'wekelijks',
  },
  {
    path: '/api/templates',
    create: {
      name: 'Huiselijk geweld',
      roles: [
        { label: 'Veilig Thuis', orgType: 'veilig thuis' },
        { label: 'Zorg', domain: 'zorg' },
      ],
    },
    patch: { description: 'minimale partners bij huiselijk geweld' },
    check: (t: Record<string, unknown>) => expect((t.roles as unknown[]).length).toBe(2),
    search: 'geweld',
  },
  {
    path: '/api/opgaven',
    create: {
      name: 'Top-X aanpak Parkstad',
      level: 'regionaal',
      status: 'verkenning',
      templateId: 'tpl-zvh',
    },
    patch: { status: 'actief' },
    check: (o: Record<string, unknown>) => expect(o).toMatchObject({ status: 'actief', kind: 'opgave' }),
    search: 'Top-X',
  },
  {
    path: '/api/annotations',
    create: {
      targetType: 'person',
      targetId: 'p2',
      text: 'Bram gaat met pensioen',
      isAction: true,
      owner: 'Anna',
    },
    patch: { actionStatus: 'done' },
    check: (a: Record<string, unknown>) => expect(a).toMatchObject({ isAction: true, actionStatus: 'done' }),
    search: 'pensioen',
  },
  {
    path: '/api/views',
    create: {
      opgaveId: 'op1',
      name: 'Raadspresentatie',
      positions: { p1: { x: 10, y: 20 } },
      filters: { level: 'person' },
    },
    patch: { caption: 'Zo werken we samen' },
    check: (v: Record<string, unknown>) =>
      expect(v).toMatchObject({ caption: 'Zo werken we samen', positions: { p1: { x: 10, y: 20 } } }),
    search: 'Raads',
  },
];

describe.each(cases)('CRUD $path', (c) => {
  it('creates, reads, updates, lists, searches and deletes', async () => {
    const created = await h.call('POST', c.path, c.create);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.headers.get('location')).toBe(`${c.path}/${id}`);

    const read = await h.call('GET', `${c.path}/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(id);

    const patched = await h.call('PATCH', `${c.path}/${id}`, c.patch);
    expect(patched.status).toBe(200);
    c.check(patched.body);
    c.check((await h.call('GET', `${c.path}/${id}`)).body);

    const found = await h.call('GET', `${c.path}?q=${encodeURIComponent(c.search)}`);
    expect(found.status).toBe(200);
    expect(found.body.items.map((x: { id: string }) => x.id)).toContain(id);

    const page = await h.call('GET', `${c.path}?limit=1&offset=0`);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(1);
    expect(page.body).toMatchObject({ limit: 1, offset: 0 });

    const removed = await h.call('DELETE', `${c.path}/${id}?cascade=true`);
    expect(removed.status).toBe(204);
    expect((await h.call('GET', `${c.path}/${id}`)).status).toBe(404);
  });
});

describe('filters', () => {
  it('filters organisations by domain and people by organisation', async () => {
    const zorg = await h.call('GET', '/api/organisations?domain=zorg');
    expect(zorg.body.items.map((o: { id: string }) => o.id)).toEqual(['ggz']);
    expect(zorg.body.items[0].memberCount).toBe(2);
    const pol = await h.call('GET', '/api/people?organisationId=pol');
    expect(pol.body.items.map((p: { id: string }) => p.id).sort()).toEqual(['p2', 'p4']);
  });

  it('filters links by actor, kind and minimum strength', async () => {
    const annas = await h.call('GET', '/api/links?actorId=p1');
    expect(annas.body.items.map((l: { id: string }) => l.id).sort()).toEqual(['l1', 'l3', 'l7']);
    const strong = await h.call('GET', '/api/links?minStrength=4');
    expect(strong.body.items.map((l: { id: string }) => l.id).sort()).toEqual(['l1', 'l4']);
    const kind = await h.call('GET', '/api/links?kind=casusoverleg&asOf=2023-06-01');
    expect(kind.body.items.map((l: { id: string }) => l.id).sort()).toEqual(['l1', 'l8']);
  });

  it('filters opgaven by kind and level', async () => {
    const casussen = await h.call('GET', '/api/opgaven?kind=casus');
    expect(casussen.body.items).toEqual([
      expect.objectContaining({ id: 'c1', code: 'WM-2024-001', participantCount: 2 }),
    ]);
    const lokaal = await h.call('GET', '/api/opgaven?level=lokaal');
    expect(lokaal.body.items.map((o: { id: string }) => o.id)).toEqual(['op1']);
  });

  it('searches with LIKE wildcards taken literally', async () => {
    const { body } = await h.call('GET', '/api/organisations?q=%25');
    expect(body.total).toBe(0);
  });
});

describe('participants', () => {
  it('adds, changes and removes a participant of an opgave', async () => {
    const added = await h.call('POST', '/api/opgaven/op1/participants', {
      actorId: 'p6',
      role: 'adviseur',
      since: '2024-01-01',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      actorId: 'p6',
      actorKind: 'person',
      actorLabel: 'Fenna Gulpen',
      role: 'adviseur',
    });
    const list = await h.call('GET', '/api/opgaven/op1/participants');
    expect(list.body.items).toHaveLength(4);
    const changed = await h.call('PATCH', `/api/opgaven/op1/participants/${added.body.id}`, {
      role: 'kernpartner',
    });
    expect(changed.body.role).toBe('kernpartner');
    expect((await h.call('DELETE', `/api/opgaven/op1/participants/${added.body.id}`)).status).toBe(204);
    expect((await h.call('GET', '/api/opgaven/op1/participants')).body.items).toHaveLength(3);
  });

  it('refuses the same actor twice in the same role with 409', async () => {
    const again = await h.call('POST', '/api/opgaven/op1/participants', { actorId: 'p1', role: 'regisseur' });
    expect(again.status).toBe(409);
  });
});

describe('vocabularies', () => {
  it('lists the domains and lets a beheerder add one', async () => {
    const added = await h.call('POST', '/api/domains', { code: 'cultuur', label: 'Cultuur' });
    expect(added.status).toBe(201);
    const list = await h.call('GET', '/api/domains');
    expect(list.body.items.map((d: { code: string }) => d.code)).toContain('cultuur');
    expect((await h.call('POST', '/api/domains', { code: 'cultuur', label: 'Cultuur' })).status).toBe(409);
  });
});

describe('presentations', () => {
  it('builds a presentation from saved views and drops a step when its view is deleted', async () => {
    const view = await h.call('POST', '/api/views', { opgaveId: 'op1', name: 'Stap 1' });
    const created = await h.call('POST', '/api/presentations', {
      name: 'Jaarverslag 2026',
      purpose: 'Verantwoording aan de gemeenteraad',
      steps: [{ viewId: view.body.id, title: 'Wie werkt samen', caption: 'De kernpartners' }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      raad: true,
      steps: [{ viewId: view.body.id, title: 'Wie werkt samen' }],
    });
    const bad = await h.call('PATCH', `/api/presentations/${created.body.id}`, {
      steps: [{ viewId: 'nope', title: 'x' }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('steps.0.viewId');
    expect((await h.call('DELETE', `/api/views/${view.body.id}`)).status).toBe(204);
    expect((await h.call('GET', `/api/presentations/${created.body.id}`)).body.steps).toEqual([]);
  });
});
