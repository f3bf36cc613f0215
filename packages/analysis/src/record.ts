import type { NodeRecord } from './graph.ts';

/** An empty record without a prototype, so that any node id (even `__proto__`) is a plain key. */
export function emptyRecord<T>(): NodeRecord<T> {
  return Object.create(null) as NodeRecord<T>;
}

/** Pairs node ids with values by index. */
export function toRecord<T>(ids: readonly string[], values: ArrayLike<T>): NodeRecord<T> {
  const record = emptyRecord<T>();
  for (let i = 0; i < ids.length; i++) record[ids[i]!] = values[i]!;
  return record;
}
