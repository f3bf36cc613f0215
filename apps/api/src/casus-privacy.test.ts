import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, type SignedIn, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';
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
