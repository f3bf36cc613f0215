import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatabase, migrate, openDatabase } from './database.ts';
import { MIGRATIONS } from './migrations.ts';

const freshPath = () => join(mkdtempSync(join(tmpdir(), 'regiekaart-db-')), 'store.db');

describe('openDatabase', () => {
  it('sets WAL, synchronous=NORMAL, foreign keys and a busy timeout on a real file', () => {
    const db = openDatabase(freshPath());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('records every migration once and applies nothing on a second open', () => {
    const path = freshPath();
    const db = openDatabase(path);
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    db.close();
    const again = openDatabase(path);
    expect(again.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    again.close();
  });

  it('seeds the domain and tie-kind vocabularies', () => {
    const db = openDatabase(freshPath());
    const domains = db.prepare('SELECT code FROM domains').pluck().all();
    expect(domains).toEqual(
      expect.arrayContaining(['zorg', 'veiligheid', 'sociaal_domein', 'justitie', 'bestuur']),
    );
    expect(db.prepare('SELECT count(*) FROM link_kinds').pluck().get()).toBeGreaterThanOrEqual(7);
    db.close();
  });

  it('refuses a link to an actor that does not exist (foreign keys are enforced)', () => {
    const db = openDatabase(freshPath());
    expect(() =>
      db
        .prepare(
          "INSERT INTO links (id, source_id, target_id, kind, strength, directed, created_at, updated_at) VALUES ('x', 'a', 'b', 'overleg', 3, 0, '', '')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(checkDatabase(db).ok).toBe(true);
    db.close();
  });
});
