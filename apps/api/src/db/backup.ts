import { existsSync } from 'node:fs';
import { ALL_TABLES, checkDatabase, type Db, type IntegrityReport, openDatabase } from './database.ts';

export type BackupReport = IntegrityReport & {
  path: string;
  sameCounts: boolean;
  /** the source's row counts at the moment the copy was taken */
  sourceCounts: Record<string, number>;
  pages: number;
};

function countRows(db: Db): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of ALL_TABLES) counts[t] = db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  return counts;
}

/**
 * Online backup through SQLite's backup API while other processes go on reading and writing, then
 * the copy is opened and checked: integrity, foreign keys and the same row counts as the source.
 * The source's counts and the copy come from one read transaction, so a server writing meanwhile
 * (sessions, the access log) cannot make them differ.
 */
export async function backupDatabase(db: Db, path: string): Promise<BackupReport> {
  if (existsSync(path)) throw new Error(`Het bestand ${path} bestaat al; kies een nieuw pad.`);
  let sourceCounts: Record<string, number>;
  let totalPages: number;
  db.exec('BEGIN');
  try {
    sourceCounts = countRows(db);
    ({ totalPages } = await db.backup(path));
  } finally {
    db.exec('COMMIT');
  }
  const copy = openDatabase(path, { readonly: true });
  try {
    const report = checkDatabase(copy);
    const sameCounts = Object.entries(sourceCounts).every(([table, n]) => report.counts[table] === n);
    return { ...report, ok: report.ok && sameCounts, path, sameCounts, sourceCounts, pages: totalPages };
  } finally {
    copy.close();
  }
}
