import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness(smallNetwork);
});
afterEach(() => h.stop());

const rows = (sql: string, ...params: unknown[]) => h.db.prepare(sql).all(...params);

describe('no duplicates', () => {
  it('answers 409 naming the existing person for the same name in other case, accents and spaces', async () => {
    const reply = await h.call('POST', '/api/people', { name: '  anna   BÁKKER ' });
    expect(reply.status).toBe(409);
    expect(reply.type).toContain('application/problem+json');
    expect(reply.body.title).toBe('Bestaat deze al?');
    expect(reply.body.detail).toContain('Anna Bakker (Team OOV)');
    expect(reply.body.candidates).toEqual([
      { id: 'p1', kind: 'person', name: 'Anna Bakker', organisation: 'Team OOV' },
    ]);
    const forced = await h.call('POST', '/api/people', { name: 'Anna Bakker', allowDuplicate: true });
    expect(forced.status).toBe(201);
    expect(forced.body).not.toHaveProperty('allowDuplicate');
  });

  it('answers 409 for an organisation by name or short name, and 201 for a new name', async () => {
    const org = { domain: 'zorg', type: 'ggz' };
    const byName = await h.call('POST', '/api/organisations', { ...org, name: 'mondriaan' });
    expect(byName.status).toBe(409);
    expect(byName.body.candidates[0]).toMatchObject({ id: 'ggz', name: 'Mondriaan' });
    expect((await h.call('POST', '/api/organisations', { ...org, name: 'Gem. S-G' })).status).toBe(409);
    expect((await h.call('POST', '/api/organisations', { ...org, name: 'Mondriaan Heerlen' })).status).toBe(
      201,
    );
  });
});

describe('POST /api/people/:id/merge', () => {
  it('moves ties, memberships, participations and notes in one step, and undoes it', async () => {
    const copy = await h.call('POST', '/api/people', {
      name: 'A. Bakker',
      memberships: [{ organisationId: 'gem', role: 'beleid' }],
    });
    const dup = copy.body.id as string;
    await h.call('POST', '/api/links', { sourceId: dup, targetId: 'p6', kind: 'informeel' });
    await h.call('POST', '/api/links', { sourceId: dup, targetId: 'p1', kind: 'informeel' });
    await h.call('POST', '/api/opgaven/op1/participants', { actorId: dup, role: 'adviseur' });
    await h.call('POST', '/api/annotations', {
      targetType: 'person',
      targetId: dup,
      text: 'Zelfde persoon?',
    });
    const before = rows('SELECT * FROM links ORDER BY id');

    const merged = await h.call('POST', `/api/people/${dup}/merge`, { into: 'p1' });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({
      into: 'p1',
      removed: dup,
      moved: { ties: 1, droppedTies: 1, memberships: 1, participations: 1, notes: 1 },
      undo: `/api/imports/${merged.body.importId}`,
    });
    expect((await h.call('GET', `/api/people/${dup}`)).status).toBe(404);
    const p1 = (await h.call('GET', '/api/people/p1')).body;
    expect(p1.memberships.map((m: { organisationId: string }) => m.organisationId).sort()).toEqual([
      'gem',
      'gem-oov',
    ]);
    expect(rows("SELECT target_id FROM links WHERE source_id = 'p1' AND target_id = 'p6'")).toHaveLength(1);
    expect(
      rows("SELECT role FROM participants WHERE opgave_id = 'op1' AND actor_id = 'p1' ORDER BY role"),
    ).toEqual([{ role: 'adviseur' }, { role: 'regisseur' }]);
    expect(rows("SELECT text FROM annotations WHERE target_id = 'p1'")).toEqual([
      { text: 'Zelfde persoon?' },
    ]);

    const undo = await h.call('DELETE', merged.body.undo);
    expect(undo.status).toBe(200);
    expect((await h.call('GET', `/api/people/${dup}`)).body.memberships[0]).toMatchObject({
      organisationId: 'gem',
      role: 'beleid',
    });
    expect(rows('SELECT * FROM links ORDER BY id')).toEqual(before);
    expect(rows('SELECT count(*) AS n FROM annotations WHERE target_id = ?', dup)).toEqual([{ n: 1 }]);
    expect(rows("SELECT role FROM participants WHERE opgave_id = 'op1' AND actor_id = ?", dup)).toEqual([
      { role: 'adviseur' },
    ]);
  });

  it('merges organisations with their people, parts and ties', async () => {
    const merged = await h.call('POST', '/api/organisations/gem-oov/merge', { into: 'gem' });
    expect(merged.status).toBe(200);
    expect(merged.body.moved).toMatchObject({ memberships: 1 });
    expect((await h.call('GET', '/api/people/p1')).body.memberships[0].organisationId).toBe('gem');
    expect((await h.call('DELETE', `/api/imports/${merged.body.importId}`)).status).toBe(200);
    expect((await h.call('GET', '/api/organisations/gem-oov')).body.parentId).toBe('gem');
  });

  it('refuses a merge into itself (400), into nothing (422), across kinds (422), an unknown id (404), for a lezer (403)', async () => {
    expect((await h.call('POST', '/api/people/p1/merge', { into: 'p1' })).status).toBe(400);
    const nothing = await h.call('POST', '/api/people/p1/merge', { into: 'niemand' });
    expect(nothing.status).toBe(422);
    expect(nothing.body.errors[0].field).toBe('into');
    expect((await h.call('POST', '/api/people/p1/merge', { into: 'pol' })).status).toBe(422);
    expect((await h.call('POST', '/api/people/niemand/merge', { into: 'p1' })).status).toBe(404);
    expect((await h.call('POST', '/api/people/p1/merge', { naar: 'p2' })).status).toBe(400);
    const lezer = await h.as('lezer');
    expect((await lezer('POST', '/api/people/p2/merge', { into: 'p1' })).status).toBe(403);
    expect((await h.call('POST', '/api/organisations/gem/merge', { into: 'gem-oov' })).status).toBe(422);
  });

  it('never merges a person taking part in a casus the caller cannot see; the regisseur undoes their own merge', async () => {
    const regisseur = await h.as('regisseur');
    const hidden = await regisseur('POST', '/api/people/p4/merge', { into: 'p2' });
    expect(hidden.status).toBe(403);
    expect(hidden.body.detail).not.toContain('WM-2024-001');
    expect((await h.call('GET', '/api/people/p4')).status).toBe(200);
    const own = await regisseur('POST', '/api/people/p6/merge', { into: 'p5' });
    expect(own.status).toBe(200);
    expect((await regisseur('DELETE', own.body.undo)).status).toBe(200);
    expect((await h.call('GET', '/api/people/p6')).status).toBe(200);
  });
});
