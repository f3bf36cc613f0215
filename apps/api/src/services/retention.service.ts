import type { Db } from '../db/database.ts';
import { bumpGeneration } from '../db/generation.ts';
import { appendAccessLog } from './access-log.service.ts';
import { deleteOpgave } from './opgaven.service.ts';

export type RetentionReport = {
  retentionDays: number;
  /** casussen closed before this moment were removed */
  cutoff: string;
  purged: { id: string; code: string | null; closedAt: string }[];
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Removes casussen closed (status `afgesloten`) longer than `retentionDays` ago, with their
 * participants, notes and views, each in its own transaction and each written to the access log.
 * Opgaven that are not casussen are kept.
 */
export function purgeClosedCasussen(
  db: Db,
  options: { retentionDays: number; now?: Date; dryRun?: boolean },
): RetentionReport {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - options.retentionDays * DAY_MS).toISOString();
  const due = db
    .prepare(
      `SELECT o.id, o.code, c.closed_at FROM casus_closures c JOIN opgaven o ON o.id = c.opgave_id
       WHERE o.kind = 'casus' AND o.status = 'afgesloten' AND c.closed_at < ? ORDER BY c.closed_at, o.id`,
    )
    .all(cutoff) as { id: string; code: string | null; closed_at: string }[];
  const purged: RetentionReport['purged'] = [];
  for (const casus of due) {
    if (!options.dryRun) {
      db.transaction(() => {
        deleteOpgave(db, casus.id);
        appendAccessLog(db, {
          userId: null,
          username: 'systeem',
          action: 'delete',
          objectType: 'opgave',
          objectId: casus.id,
          casusCode: casus.code,
          purpose: `bewaartermijn van ${options.retentionDays} dagen verlopen`,
          result: 'success',
        });
      })();
    }
    purged.push({ id: casus.id, code: casus.code, closedAt: casus.closed_at });
  }
  if (purged.length && !options.dryRun) bumpGeneration(db);
  return { retentionDays: options.retentionDays, cutoff, purged };
}

/** Runs the purge now and then once a day; the returned function stops it. */
export function scheduleRetention(db: Db, retentionDays: number, onError: (e: unknown) => void): () => void {
  const run = () => {
    try {
      purgeClosedCasussen(db, { retentionDays });
    } catch (error) {
      onError(error);
    }
  };
  run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
