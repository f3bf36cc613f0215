import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, type SignedIn, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';
import { addTeamMember } from './services/casus-team.service.ts';

let h: Harness;
let anna: SignedIn;
beforeAll(async () => {
  h = await startHarness(smallNetwork);
  anna = await h.account({ username: 'anna', role: 'regisseur', personId: 'p1', name: 'Anna Bakker' });
  // Anna's person is on the team of casus c1
  addTeamMember(h.db, 'c1', { personId: 'p1' }, null);
});
afterAll(() => h.stop());

type Entry = {
  userId: string | null;
  username: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  casusCode: string | null;
  purpose: string | null;
  result: string;
  status: number | null;
  requestId: string | null;
};
const log = async (query = '') =>
  (await h.call('GET', `/api/access-log?limit=1000${query}`)).body.items as Entry[];

describe('access log', () => {
  it('records a casus read with who, the casus code, the purpose given and the request id', async () => {
    const reply = await anna('GET', '/api/opgaven/c1', undefined, {
      'x-purpose': 'casusoverleg voorbereiden',
    });
    expect(reply.status).toBe(200);
    const [entry] = await log('&casusCode=WM-2024-001&username=anna');
    expect(entry).toMatchObject({
      username: 'anna',
      userId: anna.userId,
      action: 'view',
      objectType: 'opgave',
      objectId: 'c1',
      casusCode: 'WM-2024-001',
      purpose: 'casusoverleg voorbereiden',
      result: 'success',
      status: 200,
      requestId: reply.headers.get('x-request-id'),
    });
  });

  it('records every write, every export and every login, and reads of casussen in lists', async () => {
    const before = (await log()).length;
    await h.call('PATCH', '/api/organisations/om', { note: 'nieuw' });
    await h.call('GET', '/api/export?format=json');
    await h.call('GET', '/api/opgaven/c1/network');
    await h.call('GET', '/api/opgaven?kind=casus');
    await h.anonymous('POST', '/api/session', { username: 'anna', password: 'verkeerd-wachtwoord' });
    const entries = (await log()).slice(0, (await log()).length - before);
    const seen = entries.map((e) => `${e.action} ${e.objectType} ${e.result}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'update organisation success',
        'export dataset success',
        'view opgave success',
        'login session failure',
      ]),
    );
    const list = entries.find((e) => e.action === 'view' && e.objectId === null && e.objectType === 'opgave');
    expect(list?.casusCode).toBe('WM-2024-001');
  });

  it('records a refused request for a casus outside the team as denied, and answers it with 404', async () => {
    const lezer = await h.as('lezer');
    expect((await lezer('GET', '/api/opgaven/c1/participants')).status).toBe(404);
    const [entry] = await log('&username=test-lezer&result=denied');
    expect(entry).toMatchObject({ action: 'view', objectId: 'c1', casusCode: 'WM-2024-001', status: 404 });
  });

  it('is append-only: the database refuses UPDATE and DELETE', () => {
    expect(() => h.db.prepare("UPDATE access_log SET username = 'iemand anders'").run()).toThrow(
      /append-only/,
    );
    expect(() => h.db.prepare('DELETE FROM access_log').run()).toThrow(/append-only/);
    expect(h.db.prepare('SELECT count(*) FROM access_log').pluck().get()).toBeGreaterThan(0);
  });

  it('is for beheerders only', async () => {
    expect((await anna('GET', '/api/access-log')).status).toBe(403);
  });
});

describe("AVG art. 15: a professional's own data", () => {
  it('exports the account, the person, their ties and participations, and who viewed them', async () => {
    await h.call('GET', '/api/people/p1');
    const reply = await anna('GET', '/api/me/export');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toMatch(/attachment; filename="mijn-gegevens-/);
    const data = JSON.parse(reply.text);
    expect(data.account).toMatchObject({ username: 'anna', personId: 'p1' });
    expect(data.person).toMatchObject({ id: 'p1', name: 'Anna Bakker' });
    expect(data.links.map((l: { id: string }) => l.id).sort()).toEqual(['l1', 'l3', 'l7']);
    expect(data.participations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ opgaveId: 'op1', role: 'regisseur' }),
        expect.objectContaining({ opgaveId: 'c1', label: 'WM-2024-001' }),
      ]),
    );
    expect(data.accessToMyData).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          username: 'beheerder',
          action: 'view',
          objectType: 'person',
          objectId: 'p1',
        }),
      ]),
    );
    expect(data.myActivity.some((e: Entry) => e.action === 'login' && e.result === 'success')).toBe(true);
  });
});
