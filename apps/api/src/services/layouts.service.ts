import type { MapLayout, MapLayoutLevel, MapPosition } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/problem.ts';
import { now } from './ids.ts';

type Row = { positions: string; updated_at: string };

/** A map: the whole network (`opgaveId` null) or one opgave, at one level. */
export type MapRef = { opgaveId: string | null; level: MapLayoutLevel };

const round = ({ x, y }: MapPosition): MapPosition => ({
  x: Math.round(x * 10) / 10,
  y: Math.round(y * 10) / 10,
});

function readRow(db: Db, map: MapRef): Row | undefined {
  return db
    .prepare(`SELECT positions, updated_at FROM map_layouts WHERE coalesce(opgave_id, '') = ? AND level = ?`)
    .get(map.opgaveId ?? '', map.level) as Row | undefined;
}

function requireOpgaveExists(db: Db, opgaveId: string | null): void {
  if (opgaveId && !db.prepare('SELECT 1 FROM opgaven WHERE id = ?').get(opgaveId)) {
    throw notFound('Opgave', opgaveId);
  }
}

/** The positions kept for a map; none yet is an empty layout, not an error. */
export function getLayout(db: Db, map: MapRef): MapLayout {
  requireOpgaveExists(db, map.opgaveId);
  const row = readRow(db, map);
  return {
    opgaveId: map.opgaveId,
    level: map.level,
    positions: row ? (JSON.parse(row.positions) as MapLayout['positions']) : {},
    updatedAt: row?.updated_at ?? null,
  };
}

/**
 * Keeps positions for a map: `replace` puts these in place of all kept ones (a fresh layout), otherwise
 * they are set on top of the kept ones (moved or newly placed nodes). One transaction.
 */
export function saveLayout(
  db: Db,
  map: MapRef,
  positions: Readonly<Record<string, MapPosition>>,
  { replace }: { replace: boolean },
): MapLayout {
  return db.transaction(() => {
    requireOpgaveExists(db, map.opgaveId);
    const kept = replace ? {} : (JSON.parse(readRow(db, map)?.positions ?? '{}') as MapLayout['positions']);
    for (const [id, position] of Object.entries(positions)) kept[id] = round(position);
    db.prepare(`DELETE FROM map_layouts WHERE coalesce(opgave_id, '') = ? AND level = ?`).run(
      map.opgaveId ?? '',
      map.level,
    );
    db.prepare('INSERT INTO map_layouts (opgave_id, level, positions, updated_at) VALUES (?, ?, ?, ?)').run(
      map.opgaveId,
      map.level,
      JSON.stringify(kept),
      now(),
    );
    return getLayout(db, map);
  })();
}
