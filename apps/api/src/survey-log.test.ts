import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';

/**
 * A survey on a casus that shows up in a list (the surveys, the applied change sets) is a read of
 * that casus: the access log names its code, as it does for the casus itself.
 */
let h: Harness;
const CODE = 'WM-2024-001';

beforeAll(async () => {
  h = await startHarness(smallNetwork);
}, 60_000);
afterAll(() => h.stop());

/** The last access-log entry for a request path's object type, as a beheerder reads the log. */
async function lastEntry(objectType: string) {
  const reply = await h.call('GET', `/api/access-log?objectType=${objectType}&limit=1`);
  expect(reply.status).toBe(200);
  return reply.body.items[0] as { action: string; casusCode: string | null; objectId: string | null };
}

describe('lists that show a casus survey log the casus', () => {
  it('logs the casus code for the survey list, the change-set list and one change set', async () => {
    const made = await h.call('POST', '/api/surveys', {
      name: 'Uitvraag casusteam',
      opgaveId: 'c1',
      rosterIds: ['p1', 'p4'],
      respondentIds: ['p1', 'p4'],
      date: '2026-03-01',
    });
    expect(made.status, made.text).toBe(201);
    const id = String(made.body.id);
    const invited = await h.call('POST', `/api/surveys/${id}/invitations`);
    expect(invited.status, invited.text).toBe(201);
    const p1 = (invited.body as { respondentId: string; link: string }[]).find(
      (i) => i.respondentId === 'p1',
    );
    const saved = await h.anonymous('PUT', `/api/uitvraag/${p1?.link.split('/').pop()}`, {
      answers: [{ actorId: 'p4', frequency: 'wekelijks' }],
    });
    expect(saved.status, saved.text).toBe(200);
    expect((await h.call('POST', `/api/surveys/${id}/close`)).status).toBe(200);
    const applied = await h.call('POST', `/api/surveys/${id}/apply`, {});
    expect(applied.status, applied.text).toBe(201);

    expect((await h.call('GET', '/api/surveys')).status).toBe(200);
    expect(await lastEntry('surveys')).toMatchObject({ action: 'view', casusCode: CODE });
    const sets = await h.call('GET', '/api/imports?kind=survey');
    expect(sets.body.items.map((s: { id: string }) => s.id)).toContain(applied.body.importId);
    expect(await lastEntry('imports')).toMatchObject({ action: 'view', casusCode: CODE });
    expect((await h.call('GET', `/api/imports/${applied.body.importId}`)).status).toBe(200);
    expect(await lastEntry('imports')).toMatchObject({
      action: 'view',
      casusCode: CODE,
      objectId: applied.body.importId,
    });
  });

  it('logs no casus for a list without one', async () => {
    const fresh = await startHarness(smallNetwork);
    try {
      expect((await fresh.call('GET', '/api/surveys')).status).toBe(200);
      const log = await fresh.call('GET', '/api/access-log?objectType=surveys&limit=1');
      // a list that names no casus is not a casus read, so it is not logged at all
      expect(log.body.items).toEqual([]);
    } finally {
      await fresh.stop();
    }
  });
});
