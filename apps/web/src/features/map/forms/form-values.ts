/** Optional text fields: an empty box means "no value" (null), not an empty string. */
export function nullIfEmpty(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** Comma-separated tags to a list without empties or doubles. */
export function splitTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
