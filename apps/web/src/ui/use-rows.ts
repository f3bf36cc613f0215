import { useState } from 'react';

let next = 0;
/** A key that stays with a row while rows above it come and go. */
export const rowKey = (): string => `row-${++next}`;

/** The one helper for a form's repeating rows (memberships, template roles): edit, add, remove by key. */
export function useRows<R extends { key: string }>(initial: () => R[]) {
  const [rows, setRows] = useState<R[]>(initial);
  return {
    rows,
    set: (key: string, change: Partial<R>) =>
      setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r))),
    add: (row: Omit<R, 'key'>) => setRows((all) => [...all, { ...row, key: rowKey() } as R]),
    remove: (key: string) => setRows((all) => all.filter((r) => r.key !== key)),
  };
}
