import type { MergeResult } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { bumpGeneration } from '../db/generation.ts';
import { ApiError, notFound } from '../http/problem.ts';
import { recordChanges } from './change-sets.service.ts';
import { now } from './ids.ts';
import { actorKind } from './refs.ts';

type Kind = 'person' | 'organisation';
const WHAT: Record<Kind, string> = { person: 'Persoon', organisation: 'Organisatie' };

/**
 * Merges one person or organisation into another in one transaction: ties, memberships,
 * participations, notes, accounts and file ids move to `into`, a tie between the two disappears,
 * and the merged record is removed. Recorded as a change set, so DELETE /api/imports/:id undoes it.
 * `hidden`: casussen the caller may not see; a record taking part in one (or on its team) is not merged.
 */
export function mergeActors(
  db: Db,
  kind: Kind,
  id: string,
  into: string,
  options: { hidden: ReadonlySet<string>; user?: { id: string; username: string } | null },
): MergeResult {
  const result = db.transaction(() => {
    if (actorKind(db, id) !== kind) throw notFound(WHAT[kind], id);
    if (id === into) {
      throw new ApiError(400, 'Ongeldige invoer', 'Een record kan niet met zichzelf worden samengevoegd.', [
        { field: 'into', message: 'kies een ander record' },
      ]);
    }
    if (actorKind(db, into) !== kind) {
      throw new ApiError(422, 'Ongeldige verwijzing', 'De gegevens verwijzen naar iets dat niet bestaat.', [
        { field: 'into', message: `${WHAT[kind].toLowerCase()} "${into}" bestaat niet` },
      ]);
    }
    if (options.hidden.size) {
      const touched = db
        .prepare(
          `SELECT opgave_id FROM participants WHERE actor_id = @id
           UNION SELECT opgave_id FROM annotations WHERE target_id = @id AND opgave_id IS NOT NULL
           UNION SELECT opgave_id FROM casus_team WHERE person_id = @id`,
        )
        .pluck()
        .all({ id }) as string[];
      if (touched.some((o) => options.hidden.has(o))) {
        throw new ApiError(
          403,
          'Geen toegang',
          'Dit record hoort bij een casus die u niet kunt inzien. Vraag een beheerder om samen te voegen.',
        );
      }
    }
    if (kind === 'organisation') {
      // `into` may not sit under the merged organisation: its children would become its parents
      let cursor = db.prepare('SELECT parent_id FROM organisations WHERE id = ?').pluck().get(into) as
        | string
        | null;
      const seen = new Set<string>();
      while (cursor && !seen.has(cursor)) {
        if (cursor === id) {
          throw new ApiError(
            422,
            'Ongeldige verwijzing',
            'Deze organisatie valt onder de organisatie die verdwijnt. Voeg andersom samen.',
            [{ field: 'into', message: 'valt onder de organisatie die verdwijnt' }],
          );
        }
        seen.add(cursor);
        cursor = db.prepare('SELECT parent_id FROM organisations WHERE id = ?').pluck().get(cursor) as
          | string
          | null;
      }
    }
    const { id: setId, result } = recordChanges(
      db,
      { kind: 'merge', userId: options.user?.id ?? null, username: options.user?.username ?? null },
      () => move(db, kind, id, into),
      (moved) => ({ kind, from: nameOf(db, kind, id), into: nameOf(db, kind, into), ...moved }),
    );
    return { into, removed: id, moved: result, importId: setId, undo: `/api/imports/${setId}` };
  })();
  bumpGeneration(db);
  return result;
}

function nameOf(db: Db, kind: Kind, id: string): string {
  return (
    (db
      .prepare(`SELECT name FROM ${kind === 'person' ? 'people' : 'organisations'} WHERE id = ?`)
      .pluck()
      .get(id) as string | undefined) ?? ''
  );
}

function move(db: Db, kind: Kind, id: string, into: string): Record<string, number> {
  const run = (sql: string) => db.prepare(sql).run({ id, into }).changes;
  const between = db
    .prepare(
      'SELECT id FROM links WHERE (source_id = @id AND target_id = @into) OR (source_id = @into AND target_id = @id)',
    )
    .pluck()
    .all({ id, into }) as string[];
  for (const linkId of between)
    db.prepare("DELETE FROM annotations WHERE target_type = 'link' AND target_id = ?").run(linkId);
  const droppedTies = run(
    'DELETE FROM links WHERE (source_id = @id AND target_id = @into) OR (source_id = @into AND target_id = @id)',
  );
  const ties =
    run('UPDATE links SET source_id = @into WHERE source_id = @id') +
    run('UPDATE links SET target_id = @into WHERE target_id = @id');
  let memberships: number;
  let parts = 0;
  if (kind === 'person') {
    memberships = run('UPDATE memberships SET person_id = @into WHERE person_id = @id');
    run('UPDATE users SET person_id = @into WHERE person_id = @id');
    // the same person stays on the casus teams they were on (deleting the actor would drop them)
    run('UPDATE casus_team SET person_id = @into WHERE person_id = @id');
  } else {
    memberships = run('UPDATE memberships SET organisation_id = @into WHERE organisation_id = @id');
    run('UPDATE organisations SET parent_id = NULL WHERE id = @into AND parent_id = @id');
    parts = run('UPDATE organisations SET parent_id = @into WHERE parent_id = @id');
  }
  // the same role in the same opgave once: a duplicate participation is dropped
  const participations = run('UPDATE OR IGNORE participants SET actor_id = @into WHERE actor_id = @id');
  run('DELETE FROM participants WHERE actor_id = @id');
  const notes = run(
    `UPDATE annotations SET target_id = @into WHERE target_id = @id AND target_type = '${kind}'`,
  );
  run('UPDATE OR IGNORE external_ids SET actor_id = @into WHERE actor_id = @id');
  db.prepare(`UPDATE ${kind === 'person' ? 'people' : 'organisations'} SET updated_at = ? WHERE id = ?`).run(
    now(),
    into,
  );
  run('DELETE FROM actors WHERE id = @id');
  return {
    ties,
    droppedTies,
    memberships,
    participations,
    notes,
    ...(kind === 'organisation' ? { parts } : {}),
  };
}
