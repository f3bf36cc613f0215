import type { Db } from './database.ts';

/**
 * A counter per database handle that every in-process write path bumps, so caches can tell that
 * the data changed: SQLite's data_version only changes for other connections' commits.
 */
const generations = new WeakMap<Db, number>();

export function bumpGeneration(db: Db): void {
  generations.set(db, (generations.get(db) ?? 0) + 1);
}

export function generationOf(db: Db): number {
  return generations.get(db) ?? 0;
}
