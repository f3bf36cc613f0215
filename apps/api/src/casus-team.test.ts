import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, type SignedIn, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';
import { applyPragmas, migrate } from './db/database.ts';
import { MIGRATIONS } from './db/migrations.ts';
import { teamCasusIds } from './policy/access.ts';
import { addTeamMember } from './services/casus-team.service.ts';

let h: Harness;
let anna: SignedIn; // regisseur, person p1, on the team of c1
let bram: SignedIn; // regisseur, person p2, on no team
let dirk: SignedIn; // lezer, person p4
beforeAll(async () => {
  h = await startHarness(smallNetwork);
  anna = await h.account({ username: 'team-anna', role: 'regisseur', personId: 'p1' });
  bram = await h.account({ username: 'team-bram', role: 'regisseur', personId: 'p2' });
  dirk = await h.account({ username: 'team-dirk', role: 'lezer', personId: 'p4' });
  addTeamMember(h.db, 'c1', { personId: 'p1' }, null);
}, 60_000);
afterAll(() => h.stop());

describe('casus team', () => {
  it('opens a casus to its team only: taking part in it opens nothing', async () => {
    expect((await anna('GET', '/api/opgaven/c1')).status).toBe(200);
    // Dirk's person takes part in c1, but a lezer sees no casus; Bram's is not on the team
    expect((await dirk('GET', '/api/opgaven/c1')).status).toBe(404);
    expect((await bram('GET', '/api/opgaven/c1')).status).toBe(404);
    // an ordinary participant added by the team opens nothing for Bram either
    const added = await anna('POST', '/api/opgaven/c1/participants', { actorId: 'p2', role: 'partner' });
    expect(added.status).toBe(201);
    expect((await bram('GET', '/api/opgaven/c1')).status).toBe(404);
  });

  it('refuses a regisseur who puts themselves in a casus by editing their own person', async () => {
    // c1 gets an organisation as participant; Bram makes his own person a member of it
    expect(
      (await h.call('POST', '/api/opgaven/c1/participants', { actorId: 'om', role: 'partner' })).status,
    ).toBe(201);
    const patched = await bram('PATCH', '/api/people/p2', {
      memberships: [{ organisationId: 'om', since: '2020-01-01' }],
    });
    expect(patched.status).toBe(200);
    for (const path of ['/api/opgaven/c1', '/api/opgaven/c1/participants', '/api/opgaven/c1/network']) {
      expect((await bram('GET', path)).status, path).toBe(404);
    }
    const list = await bram('GET', '/api/opgaven?kind=casus&limit=1000');
    expect(list.text).not.toContain('WM-2024-001');
  });

  it('is managed by a beheerder or a team member, with a period, and never by an outsider', async () => {
    const outsider = await bram('POST', '/api/opgaven/c1/team', { userId: bram.userId });
    expect(outsider.status).toBe(404);
    expect(outsider.text).not.toContain('WM-2024-001');
    const lezer = await h.call('POST', '/api/opgaven/c1/team', { userId: dirk.userId });
    expect(lezer.status).toBe(422);
    expect(lezer.body.errors[0].field).toBe('userId');

    const added = await anna('POST', '/api/opgaven/c1/team', { userId: bram.userId, until: '2099-12-31' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      opgaveId: 'c1',
      userId: bram.userId,
      personId: null,
      addedBy: anna.userId,
    });
    expect((await bram('GET', '/api/opgaven/c1')).status).toBe(200);
    const team = await bram('GET', '/api/opgaven/c1/team');
    expect(
      team.body.items
        .map((m: { userId: string | null; personId: string | null }) => m.userId ?? m.personId)
        .sort(),
    ).toEqual([bram.userId, 'p1'].sort());
    const twice = await h.call('POST', '/api/opgaven/c1/team', { userId: bram.userId });
    expect(twice.status).toBe(409);

    // the period ends: the casus closes again
    const ended = await h.call('PATCH', `/api/opgaven/c1/team/${added.body.id}`, { until: '2020-01-01' });
    expect(ended.status).toBe(200);
    expect((await bram('GET', '/api/opgaven/c1')).status).toBe(404);
    expect((await h.call('DELETE', `/api/opgaven/c1/team/${added.body.id}`)).status).toBe(204);
    expect((await h.call('POST', '/api/opgaven/op1/team', { userId: bram.userId })).status).toBe(409);
    const bad = await h.call('POST', '/api/opgaven/c1/team', { userId: bram.userId, personId: 'p2' });
    expect(bad.status).toBe(400);
  });

  it('logs every change of a team as a write on the casus', async () => {
    const added = await h.call('POST', '/api/opgaven/c1/team', { personId: 'p3' });
    expect(added.status).toBe(201);
    const log = await h.call('GET', '/api/access-log?objectType=casus-team&limit=10');
    expect(log.body.items[0]).toMatchObject({
      action: 'create',
      objectType: 'casus-team',
      objectId: added.body.id,
      casusCode: 'WM-2024-001',
    });
  });

  it('puts a regisseur who makes a casus on its team by account', async () => {
    const made = await anna('POST', '/api/opgaven', {
      name: 'Casus TM-0001',
      level: 'individueel',
      kind: 'casus',
      code: 'TM-0001',
    });
    expect(made.status).toBe(201);
    const team = await anna('GET', `/api/opgaven/${made.body.id}/team`);
    expect(team.body.items).toEqual([expect.objectContaining({ userId: anna.userId, personId: null })]);
  });
});

describe('migration 4', () => {
  it("keeps today's teams: every path by which an account's person opened a casus becomes a team row", () => {
    const path = join(mkdtempSync(join(tmpdir(), 'regiekaart-team-')), 'store.db');
    const db = new Database(path);
    applyPragmas(db);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 4),
    );
    const run = (sql: string) => db.exec(sql);
    run(`INSERT OR IGNORE INTO domains (code, label) VALUES ('zorg', 'Zorg');
      INSERT INTO actors (id, kind) VALUES ('p1','person'),('p2','person'),('p3','person'),('o1','organisation');
      INSERT INTO organisations (id, name, domain, type, created_at, updated_at) VALUES ('o1','GGZ','zorg','ggz','','');
      INSERT INTO people (id, name, created_at, updated_at) VALUES ('p1','Anna','',''),('p2','Bram','',''),('p3','Cor','','');
      INSERT INTO memberships (id, person_id, organisation_id, since, until) VALUES ('m1','p2','o1','2024-01-01','2024-12-31');
      INSERT INTO opgaven (id, name, level, kind, code, status, created_at, updated_at) VALUES
        ('c1','Casus A','individueel','casus','A-1','actief','',''),
        ('c2','Casus B','individueel','casus','B-1','actief','',''),
        ('op','Opgave','lokaal','opgave',NULL,'actief','','');
      INSERT INTO participants (id, opgave_id, actor_id, role, since, until) VALUES
        ('d1','c1','p1','regisseur',NULL,NULL),
        ('d2','c2','o1','partner','2023-06-01','2024-06-30'),
        ('d3','c2','p3','partner',NULL,NULL),
        ('d4','op','p1','partner',NULL,NULL);
      INSERT INTO users (id, username, name, role, person_id, password_hash, created_at, updated_at) VALUES
        ('u1','anna','Anna','regisseur','p1','x','',''),
        ('u2','bram','Bram','regisseur','p2','x','','');`);
    migrate(db);
    const rows = db
      .prepare(
        'SELECT opgave_id, person_id, user_id, since, until FROM casus_team ORDER BY opgave_id, person_id',
      )
      .all();
    // Cor has no account; the opgave is no casus; Bram's path is the overlap of both periods
    expect(rows).toEqual([
      { opgave_id: 'c1', person_id: 'p1', user_id: null, since: null, until: null },
      { opgave_id: 'c2', person_id: 'p2', user_id: null, since: '2024-01-01', until: '2024-06-30' },
    ]);
    const bram = { id: 'u2', personId: 'p2' };
    expect(teamCasusIds(db, bram, '2024-03-01')).toEqual(['c2']);
    expect(teamCasusIds(db, bram, '2024-08-01')).toEqual([]);
    db.close();
  });
});
