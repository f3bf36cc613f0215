import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(smallNetwork);
});
afterAll(() => h.stop());

const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe('GET /api/network', () => {
  it('returns every person and every tie involving a person at person level', async () => {
    const { status, body } = await h.call('GET', '/api/network');
    expect(status).toBe(200);
    // Politie–GGZ's own convenant (l6) is an organisation-level tie.
    expect(ids(body.nodes)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(ids(body.edges)).toEqual(['l1', 'l2', 'l3', 'l4', 'l5', 'l7', 'l8']);
    const anna = body.nodes.find((n: { id: string }) => n.id === 'p1');
    expect(anna).toMatchObject({
      label: 'Anna Bakker',
      kind: 'person',
      domain: 'veiligheid',
      organisationId: 'gem-oov',
    });
    expect(anna.opgaveCount).toBe(2);
    const l5 = body.edges.find((e: { id: string }) => e.id === 'l5');
    expect(l5).toMatchObject({
      source: 'p4',
      target: 'p5',
      kind: 'doorverwijzing',
      strength: 2,
      directed: true,
    });
  });

  it('keeps only ties and memberships valid on the asOf day', async () => {
    const before = await h.call('GET', '/api/network?asOf=2022-01-01');
    expect(ids(before.body.edges)).toEqual(['l1', 'l2', 'l3', 'l4', 'l7', 'l8']);
    expect(before.body.nodes.find((n: { id: string }) => n.id === 'p3').organisationId).toBe('ggz');
    const after = await h.call('GET', '/api/network?asOf=2024-01-01');
    expect(ids(after.body.edges)).toEqual(['l1', 'l2', 'l4', 'l5', 'l7', 'l8']);
    expect(after.body.nodes.find((n: { id: string }) => n.id === 'p3').organisationId).toBe('rec');
  });

  it('folds people into organisations and counts the person-pairs behind each tie', async () => {
    const { body } = await h.call('GET', '/api/network?level=organisation&asOf=2024-01-01');
    expect(body.nodes.every((n: { kind: string }) => n.kind === 'organisation')).toBe(true);
    expect(ids(body.nodes)).toEqual(['gem', 'gem-oov', 'ggz', 'om', 'pol', 'rec']);
    const byPair = new Map<string, { count: number; kinds: string[]; strength: number }>(
      body.edges.map((e: { source: string; target: string }) => [[e.source, e.target].sort().join('|'), e]),
    );
    // Anna–Bram carry two ties but are one person-pair.
    expect(byPair.get('gem-oov|pol')).toMatchObject({
      count: 1,
      strength: 4,
      kinds: ['casusoverleg', 'informeel'],
    });
    // Politie–GGZ: the organisations' own convenant plus Dirk -> Eva.
    expect(byPair.get('ggz|pol')?.count).toBe(2);
    // Cor (now Reclassering) – Eva, and Eva – Fenna.
    expect(byPair.get('ggz|rec')?.count).toBe(2);
    // Bram–Dirk are both politie: no self-loop.
    expect(byPair.has('pol|pol')).toBe(false);
    const pol = body.nodes.find((n: { id: string }) => n.id === 'pol');
    expect(pol.memberCount).toBe(2);
  });

  it('refuses an unknown level with 400 naming the parameter', async () => {
    const { status, type, body } = await h.call('GET', '/api/network?level=team');
    expect(status).toBe(400);
    expect(type).toContain('application/problem+json');
    expect(body.errors[0].field).toBe('level');
  });
});

describe('GET /api/opgaven/:id/network', () => {
  it('gives the participants and the ties among them with hops=0', async () => {
    const { body } = await h.call('GET', '/api/opgaven/op1/network');
    expect(ids(body.nodes)).toEqual(['p1', 'p2', 'p5']);
    expect(ids(body.edges)).toEqual(['l1', 'l7']);
    const anna = body.nodes.find((n: { id: string }) => n.id === 'p1');
    expect(anna).toMatchObject({ participant: true, roles: ['regisseur'], hop: 0 });
  });

  it('adds N steps of the wider network with hops=N', async () => {
    const one = await h.call('GET', '/api/opgaven/op1/network?hops=1');
    expect(ids(one.body.nodes)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    const p6 = one.body.nodes.find((n: { id: string }) => n.id === 'p6');
    expect(p6).toMatchObject({ participant: false, hop: 1, roles: [] });
    const two = await h.call('GET', '/api/opgaven/op1/network?hops=2');
    expect(two.body.nodes.length).toBeGreaterThanOrEqual(one.body.nodes.length);
  });

  it('combines hops, level and asOf', async () => {
    const { body } = await h.call(
      'GET',
      '/api/opgaven/op1/network?level=organisation&hops=1&asOf=2024-01-01',
    );
    expect(ids(body.nodes)).toEqual(['ggz', 'gem-oov', 'pol', 'rec'].sort());
    expect(body.meta).toMatchObject({ level: 'organisation', hops: 1, asOf: '2024-01-01', opgaveId: 'op1' });
  });

  it('answers 404 for an unknown opgave and 400 for negative hops', async () => {
    expect((await h.call('GET', '/api/opgaven/nope/network')).status).toBe(404);
    const bad = await h.call('GET', '/api/opgaven/op1/network?hops=-1');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('hops');
  });
});

describe('network filters', () => {
  it('keeps only ties of the given kinds and strength', async () => {
    const { body } = await h.call('GET', '/api/network?kind=casusoverleg,informeel&minStrength=3');
    expect(ids(body.edges)).toEqual(['l1', 'l2', 'l3', 'l8']);
  });

  it('keeps only actors in the given domains, and the ties among them', async () => {
    const { body } = await h.call('GET', '/api/network?domain=veiligheid&asOf=2024-01-01');
    expect(ids(body.nodes)).toEqual(['p1', 'p2', 'p4']);
    expect(ids(body.edges)).toEqual(['l1', 'l2', 'l7']);
  });

  it('keeps only the given organisations, their child teams and their people', async () => {
    const people = await h.call('GET', '/api/network?organisation=gem,ggz&asOf=2024-01-01');
    // Anna is in Team OOV, a child team of the gemeente; Cor left GGZ for Reclassering in 2023.
    expect(ids(people.body.nodes)).toEqual(['p1', 'p5']);
    expect(ids(people.body.edges)).toEqual([]);
    const earlier = await h.call('GET', '/api/network?organisation=ggz&asOf=2022-01-01');
    expect(ids(earlier.body.nodes)).toEqual(['p3', 'p5']);
    expect(ids(earlier.body.edges)).toEqual(['l4']);
    const organisations = await h.call('GET', '/api/network?level=organisation&organisation=gem,pol');
    expect(ids(organisations.body.nodes)).toEqual(['gem', 'gem-oov', 'pol']);
  });

  it('refuses a malformed id list with 400', async () => {
    const { status, body } = await h.call('GET', '/api/network?organisation=ok,not%20an%20id');
    expect(status).toBe(400);
    expect(body.errors[0].field).toBe('organisation');
  });

  it('refuses a malformed code list with 400', async () => {
    const { status, body } = await h.call('GET', '/api/network?domain=Zorg!');
    expect(status).toBe(400);
    expect(body.errors[0].field).toMatch(/^domain/);
  });
});
