/**
 * Where a key moves the focus in a list of `count` items (tabs, menu items) from `index`: `next` and
 * `previous` step and wrap around, Home and End go to the first and last; -1 for any other key.
 * An index outside the list (nothing focused yet) steps to the first or last.
 */
export function rovingIndex(
  key: string,
  index: number,
  count: number,
  keys: { previous: string; next: string },
): number {
  const last = count - 1;
  if (key === keys.next) return index >= last || index < 0 ? 0 : index + 1;
  if (key === keys.previous) return index <= 0 || index > last ? last : index - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  return -1;
}
