import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, type SignedIn, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';
import { addTeamMember } from './services/casus-team.service.ts';
import { createOpgave } from './services/opgaven.service.ts';

/**
 * Undo gives a deleted record back its own id (the client's edit history re-creates what a delete
 * took, under the same id, so that redo can delete it again). Someone other than a beheerder may only
 * choose random ids, so undoing the delete of a note with the sample's id `ann-01` used to be
 * refused. An id that was deleted may now be chosen again by whoever may see where it was; inside a
 * casus only by its team, so the refusal of a guessed id stays the same for everyone else.
 */
let h: Harness;
let anna: SignedIn; // regisseur, on the team of c1
let bram: SignedIn; // regisseur, on no team

const note = (id: string, targetType: string, targetId: string) => ({
  id,
  targetType,
  targetId,
  text: `Notitie ${id}`,
});

beforeAll(async () => {
  h = await startHarness(smallNetwork);
  anna = await h.account({ username: 'undo-anna', role: 'regisseur', personId: 'p1' });
  bram = await h.account({ username: 'undo-bram', role: 'regisseur', personId: 'p2' });
  addTeamMember(h.db, 'c1', { personId: 'p1' }, null);
  createOpgave(h.db, {
    id: 'c-ander',
    name: 'Casus AN-2026-001',
    level: 'individueel',
    kind: 'casus',
    code: 'AN-2026-001',
    status: 'actief',
  });
  for (const [id, type, target] of [
    ['n-opgave', 'opgave', 'op1'],
    ['n-link', 'link', 'l1'],
    ['n-casus', 'opgave', 'c1'],
    ['n-ander', 'opgave', 'c-ander'],
  ] as const) {
    expect((await h.call('POST', '/api/annotations', note(id, type, target))).status).toBe(201);
  }
  expect((await h.call('POST', '/api/views', { id: 'v-oud', opgaveId: 'op1', name: 'Oud' })).status).toBe(
    201,
  );
}, 60_000);
afterAll(() => h.stop());

describe('undo gives a deleted record back its own id', () => {
  it('restores a note a regisseur deleted, under its own id; an id never used stays refused', async () => {
    expect((await bram('DELETE', '/api/annotations/n-opgave')).status).toBe(204);
    const back = await bram('POST', '/api/annotations', note('n-opgave', 'opgave', 'op1'));
    expect(back.status).toBe(201);
    expect(back.body.id).toBe('n-opgave');
    // redo deletes it again under that id, and undo gives it back once more
    expect((await bram('DELETE', '/api/annotations/n-opgave')).status).toBe(204);
    expect((await bram('POST', '/api/annotations', note('n-opgave', 'opgave', 'op1'))).status).toBe(201);
    // an id that was never deleted is refused as before, and a taken one is still a conflict
    const never = await bram('POST', '/api/annotations', note('n-nooit', 'opgave', 'op1'));
    expect(never.status).toBe(422);
    expect(never.body.errors).toEqual([{ field: 'id', message: expect.stringContaining('ann-') }]);
    expect((await bram('POST', '/api/annotations', note('n-opgave', 'opgave', 'op1'))).status).toBe(409);
  });

  it('restores a tie and its note after a delete that took the note along', async () => {
    const link = (await h.call('GET', '/api/links/l1')).body;
    expect((await bram('DELETE', '/api/links/l1')).status).toBe(204);
    expect((await h.call('GET', '/api/annotations/n-link')).status).toBe(404);
    const { id, sourceId, targetId, kind, strength, since } = link;
    expect((await bram('POST', '/api/links', { id, sourceId, targetId, kind, strength, since })).status).toBe(
      201,
    );
    const back = await bram('POST', '/api/annotations', note('n-link', 'link', 'l1'));
    expect(back.status).toBe(201);
    expect(back.body.id).toBe('n-link');
  });

  it('restores a saved view and a non-casus opgave under their own ids', async () => {
    expect((await bram('DELETE', '/api/views/v-oud')).status).toBe(204);
    expect((await bram('POST', '/api/views', { id: 'v-oud', opgaveId: 'op1', name: 'Oud' })).status).toBe(
      201,
    );
    expect(
      (await h.call('POST', '/api/opgaven', { id: 'op-oud', name: 'Oud', level: 'lokaal' })).status,
    ).toBe(201);
    expect((await bram('DELETE', '/api/opgaven/op-oud')).status).toBe(204);
    const back = await bram('POST', '/api/opgaven', { id: 'op-oud', name: 'Oud', level: 'lokaal' });
    expect(back.status).toBe(201);
    expect(back.body.id).toBe('op-oud');
  });

  it("lets a casus team restore a note of its casus; an outsider's guess of such an id is refused as any guess", async () => {
    expect((await anna('DELETE', '/api/annotations/n-casus')).status).toBe(204);
    // Bram may not see c1: for him the deleted id is a guess like any other
    const guess = await bram('POST', '/api/annotations', note('n-casus', 'opgave', 'op1'));
    const never = await bram('POST', '/api/annotations', note('n-nooit-2', 'opgave', 'op1'));
    expect([guess.status, never.status]).toEqual([422, 422]);
    expect({ ...guess.body, instance: undefined }).toEqual({ ...never.body, instance: undefined });
    const back = await anna('POST', '/api/annotations', note('n-casus', 'opgave', 'c1'));
    expect(back.status).toBe(201);
    expect(back.body.id).toBe('n-casus');

    // a note of a casus Anna may not see, deleted by a beheerder: her guess is refused the same way
    expect((await h.call('DELETE', '/api/annotations/n-ander')).status).toBe(204);
    const other = await anna('POST', '/api/annotations', note('n-ander', 'opgave', 'c1'));
    expect(other.status).toBe(422);
    expect(other.text).not.toContain('c-ander');
    expect(other.text).not.toContain('AN-2026-001');
  });

  it('does not give a deleted casus its old id back to a regisseur (its team went with it)', async () => {
    expect(
      (
        await h.call('POST', '/api/opgaven', {
          id: 'c-oud',
          name: 'Casus OU-2026-001',
          level: 'individueel',
          kind: 'casus',
          code: 'OU-2026-001',
        })
      ).status,
    ).toBe(201);
    expect((await h.call('DELETE', '/api/opgaven/c-oud')).status).toBe(204);
    const again = await anna('POST', '/api/opgaven', {
      id: 'c-oud',
      name: 'Casus OU-2026-002',
      level: 'individueel',
      kind: 'casus',
      code: 'OU-2026-002',
    });
    expect(again.status).toBe(422);
    // the notes and views that went with a casus are remembered as the casus's
    const gone = h.db
      .prepare("SELECT kind, casus FROM deleted_ids WHERE id IN ('c-oud', 'n-ander', 'n-opgave') ORDER BY id")
      .all();
    expect(gone).toEqual([
      { kind: 'opgave', casus: 1 },
      { kind: 'annotation', casus: 1 },
      { kind: 'annotation', casus: 0 },
    ]);
  });
});
