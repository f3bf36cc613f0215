import { DEFAULT_LINK_KINDS } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { linkKindsQuery } from './vocabulary.ts';

const defaults = new Map<string, string>(DEFAULT_LINK_KINDS.map((k) => [k.code, k.label]));

/** Tie kind code to label; until /api/link-kinds answers (or if it fails) the default labels serve. */
export function useKindLabels(): (code: string) => string {
  const { data } = useQuery(linkKindsQuery());
  return useCallback(
    (code) => data?.items.find((k) => k.code === code)?.label ?? defaults.get(code) ?? code,
    [data],
  );
}
