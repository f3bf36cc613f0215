import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallNetwork } from '../test/small-network.ts';
import { checkDatabase, type Db, openDatabase } from './db/database.ts';
import { createAnnotation } from './services/annotations.service.ts';
import { importDataset } from './services/dataset.service.ts';
import { createOpgave, createParticipant, updateOpgave } from './services/opgaven.service.ts';
import { purgeClosedCasussen } from './services/retention.service.ts';

const DAY = 24 * 60 * 60 * 1000;
let dir: string;
let db: Db;

const casus = (id: string, code: string, status: 'actief' | 'afgesloten') => {
  createOpgave(db, { id, name: `Casus ${code}`, level: 'individueel', kind: 'casus', code, status });
  createParticipant(db, id, { actorId: 'p1', role: 'regisseur' });
  createAnnotation(db, { targetType: 'opgave', targetId: id, text: 'notitie', tags: [], isAction: false });
};
const closedAt = (id: string) =>
  db.prepare('SELECT closed_at FROM casus_closures WHERE opgave_id = ?').pluck().get(id) as
    | string
    | undefined;
const backdate = (id: string, days: number) =>
  db
    .prepare('UPDATE casus_closures SET closed_at = ? WHERE opgave_id = ?')
    .run(new Date(Date.now() - days * DAY).toISOString(), id);
const exists = (id: string) => db.prepare('SELECT 1 FROM opgaven WHERE id = ?').get(id) !== undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'regiekaart-retention-'));
  db = openDatabase(join(dir, 'retention.db'));
  importDataset(db, smallNetwork as never);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('retention of closed casussen', () => {
  it('notes when a casus is closed, and forgets it when the casus is reopened', () => {
    casus('cas-open', 'RT-OPEN', 'actief');
    expect(closedAt('cas-open')).toBeUndefined();
    updateOpgave(db, 'cas-open', { status: 'afgesloten' });
    expect(closedAt('cas-open')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    updateOpgave(db, 'cas-open', { status: 'actief' });
    expect(closedAt('cas-open')).toBeUndefined();
  });

  it('purges casussen closed longer ago than the period, with their participants and notes, and logs it', () => {
    casus('cas-oud', 'RT-OUD', 'afgesloten');
    casus('cas-recent', 'RT-RECENT', 'afgesloten');
    backdate('cas-oud', 400);
    backdate('cas-recent', 100);
    // an opgave that is not a casus is never purged
    createOpgave(db, {
      id: 'opg-oud',
      name: 'Oude opgave',
      level: 'lokaal',
      kind: 'opgave',
      status: 'afgesloten',
    });

    const dry = purgeClosedCasussen(db, { retentionDays: 365, dryRun: true });
    expect(dry.purged.map((p) => p.id)).toEqual(['cas-oud']);
    expect(exists('cas-oud')).toBe(true);

    const report = purgeClosedCasussen(db, { retentionDays: 365 });
    expect(report.purged).toEqual([expect.objectContaining({ id: 'cas-oud', code: 'RT-OUD' })]);
    expect(exists('cas-oud')).toBe(false);
    expect(exists('cas-recent')).toBe(true);
    expect(exists('opg-oud')).toBe(true);
    expect(exists('cas-open')).toBe(true);
    expect(db.prepare("SELECT count(*) FROM participants WHERE opgave_id = 'cas-oud'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM annotations WHERE target_id = 'cas-oud'").pluck().get()).toBe(0);
    expect(
      db.prepare("SELECT action, username, result FROM access_log WHERE casus_code = 'RT-OUD'").all(),
    ).toEqual([{ action: 'delete', username: 'systeem', result: 'success' }]);

    // a shorter period takes the recent one too
    expect(purgeClosedCasussen(db, { retentionDays: 30 }).purged.map((p) => p.id)).toEqual(['cas-recent']);
    expect(checkDatabase(db).ok).toBe(true);
  });
});
