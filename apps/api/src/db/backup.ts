import { existsSync } from 'node:fs';
import { checkDatabase, type Db, type IntegrityReport, openDatabase } from './database.ts';

export type BackupReport = IntegrityReport & { path: string; sameCounts: boolean; pages: number };

/**
 * Online backup through SQLite's backup API (readers and writers may go on meanwhile), then the copy
 * is opened and checked: integrity, foreign keys and the same row counts as the source.
 */
export async function backupDatabase(db: Db, path: string): Promise<BackupReport> {
  if (existsSync(path)) throw new Error(`Het bestand ${path} bestaat al; kies een nieuw pad.`);
  const { totalPages } = await db.backup(path);
  const source = checkDatabase(db);
  const copy = openDatabase(path, { readonly: true });
  try {
    const report = checkDatabase(copy);
    const sameCounts = Object.entries(source.counts).every(([table, n]) => report.counts[table] === n);
    return { ...report, ok: report.ok && sameCounts, path, sameCounts, pages: totalPages };
  } finally {
    copy.close();
  }
}
