import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, type SignedIn, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';
import { addTeamMember } from './services/casus-team.service.ts';
import { createOpgave, createParticipant } from './services/opgaven.service.ts';

/**
 * Who may see a casus travels with it: the JSON backup names its team (people by id, accounts by
 * user name), an import restores it and its undo takes it away again. Merging a duplicate person
 * keeps them on their teams, and no one merges a person on the team of a casus they cannot see.
 */
let h: Harness;
let anna: SignedIn; // regisseur, on the team of c1 through her person p1
let bram: SignedIn; // regisseur, on no team

const json = { 'content-type': 'application/json' };
const teamOf = (harness: Harness, opgaveId: string) =>
  harness.db
    .prepare(
      `SELECT t.person_id AS personId, u.username, t.since, t.until FROM casus_team t
       LEFT JOIN users u ON u.id = t.user_id WHERE t.opgave_id = ? ORDER BY u.username, t.person_id`,
    )
    .all(opgaveId);

beforeAll(async () => {
  h = await startHarness(smallNetwork);
  anna = await h.account({ username: 'team-anna', role: 'regisseur', personId: 'p1' });
  bram = await h.account({ username: 'team-bram', role: 'regisseur', personId: 'p2' });
  addTeamMember(h.db, 'c1', { personId: 'p1' }, null);
  addTeamMember(h.db, 'c1', { userId: bram.userId, since: '2024-01-01', until: '2024-06-30' }, null);
}, 60_000);
afterAll(() => h.stop());

describe('the JSON backup carries casus teams', () => {
  it('names the team of a casus, and none for an opgave', async () => {
    const exported = await h.call('GET', '/api/export?format=json');
    expect(exported.status).toBe(200);
    const byId = new Map(
      (exported.body.opgaven as { id: string; team?: unknown }[]).map((o) => [o.id, o] as const),
    );
    expect(byId.get('c1')?.team).toEqual(
      expect.arrayContaining([
        { personId: 'p1' },
        { username: 'team-bram', since: '2024-01-01', until: '2024-06-30' },
      ]),
    );
    expect(byId.get('op1')).not.toHaveProperty('team');
  });

  it('restores the team in another store, and the undo of that import takes it away', async () => {
    const exported = await h.call('GET', '/api/export?format=json');
    const target = await startHarness();
    try {
      await target.account({ username: 'team-bram', role: 'regisseur' });
      const real = await target.call('POST', '/api/import?format=json', exported.text, json);
      expect(real.status).toBe(200);
      expect(real.body.applied).toBe(true);
      expect(teamOf(target, 'c1')).toEqual([
        { personId: 'p1', username: null, since: null, until: null },
        { personId: null, username: 'team-bram', since: '2024-01-01', until: '2024-06-30' },
      ]);
      // the same file again changes nothing
      const again = await target.call('POST', '/api/import?format=json', exported.text, json);
      expect(again.body.summary.opgaven).toMatchObject({ create: 0, update: 0, reject: 0 });
      expect(teamOf(target, 'c1')).toHaveLength(2);

      const undo = await target.call('DELETE', `/api/imports/${real.body.importId}`);
      expect(undo.status).toBe(200);
      expect(target.db.prepare('SELECT count(*) FROM casus_team').pluck().get()).toBe(0);
    } finally {
      await target.stop();
    }
  });

  it('refuses an unknown account, a lezer and a team on an opgave, in Dutch and naming the field', async () => {
    const target = await startHarness();
    try {
      await target.account({ username: 'alleen-lezen', role: 'lezer' });
      const dataset = {
        people: [{ id: 'q1', name: 'Queeny Ramakers' }],
        opgaven: [
          {
            id: 'k1',
            name: 'Casus KL-1',
            code: 'KL-1',
            kind: 'casus',
            level: 'individueel',
            team: [{ username: 'niemand' }],
          },
          {
            id: 'k2',
            name: 'Casus KL-2',
            code: 'KL-2',
            kind: 'casus',
            level: 'individueel',
            team: [{ username: 'alleen-lezen' }],
          },
          { id: 'k3', name: 'Wijkaanpak', kind: 'opgave', level: 'lokaal', team: [{ personId: 'q1' }] },
          {
            id: 'k4',
            name: 'Casus KL-4',
            code: 'KL-4',
            kind: 'casus',
            level: 'individueel',
            team: [{ personId: 'q1', username: 'x' }],
          },
        ],
      };
      const reply = await target.call('POST', '/api/import?format=json', JSON.stringify(dataset), json);
      expect(reply.status).toBe(422);
      expect(reply.type).toContain('application/problem+json');
      const rejected = (
        reply.body.report.rows as {
          entity: string;
          action: string;
          errors?: { field: string; message: string }[];
        }[]
      )
        .filter((r) => r.entity === 'opgaven' && r.action === 'reject')
        .map((r) => r.errors?.[0]);
      expect(rejected).toEqual([
        { field: expect.stringContaining('team'), message: 'account "niemand" bestaat hier niet' },
        { field: expect.stringContaining('team'), message: 'een lezer ziet geen casussen' },
        { field: expect.stringContaining('team'), message: 'alleen een casus heeft een team' },
        { field: expect.stringContaining('personId'), message: expect.stringContaining('precies één') },
      ]);
      expect(target.db.prepare('SELECT count(*) FROM opgaven').pluck().get()).toBe(0);
    } finally {
      await target.stop();
    }
  });

  it('leaves a stored team as it is when a backup names none (older backups)', async () => {
    const exported = (await h.call('GET', '/api/export?format=json')).body;
    for (const o of exported.opgaven) delete o.team;
    const reply = await h.call('POST', '/api/import?format=json', JSON.stringify(exported), json);
    expect(reply.body.applied).toBe(true);
    expect(teamOf(h, 'c1')).toHaveLength(2);
  });
});

describe('merging a person keeps their casus teams', () => {
  it('moves a team membership to the person merged into, and the undo moves it back', async () => {
    const dup = (await h.call('POST', '/api/people', { name: 'A. Janssen' })).body.id as string;
    addTeamMember(h.db, 'c1', { personId: dup, since: '2025-01-01' }, null);
    const merged = await h.call('POST', `/api/people/${dup}/merge`, { into: 'p3' });
    expect(merged.status).toBe(200);
    expect(teamOf(h, 'c1')).toContainEqual({
      personId: 'p3',
      username: null,
      since: '2025-01-01',
      until: null,
    });
    expect((await h.call('DELETE', merged.body.undo)).status).toBe(200);
    expect(teamOf(h, 'c1')).toContainEqual({
      personId: dup,
      username: null,
      since: '2025-01-01',
      until: null,
    });
    expect(teamOf(h, 'c1')).not.toContainEqual(expect.objectContaining({ personId: 'p3' }));
  });

  it('refuses to merge someone on the team of a casus the caller cannot see', async () => {
    createOpgave(h.db, {
      id: 'c-dicht',
      name: 'Casus DI-2026-001',
      level: 'individueel',
      kind: 'casus',
      code: 'DI-2026-001',
      status: 'actief',
    });
    createParticipant(h.db, 'c-dicht', { actorId: 'p6', role: 'regisseur' });
    const insider = (await h.call('POST', '/api/people', { name: 'Ingrid Binnen' })).body.id as string;
    addTeamMember(h.db, 'c-dicht', { personId: insider }, null);
    // Anna would put her own person on the hidden team by merging the insider into it
    const refused = await anna('POST', `/api/people/${insider}/merge`, { into: 'p1' });
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain('DI-2026-001');
    expect(teamOf(h, 'c-dicht')).toEqual([{ personId: insider, username: null, since: null, until: null }]);
    // Bram, on no team of c-dicht either, is refused the same way
    expect((await bram('POST', `/api/people/${insider}/merge`, { into: 'p2' })).status).toBe(403);
  });
});
