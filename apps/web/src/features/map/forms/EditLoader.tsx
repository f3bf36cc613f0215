import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { t } from '../../../i18n/catalogue.ts';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';

/**
 * Loads the record a form edits fresh from the server (nothing for a new one: `id` null), then
 * shows the form. Once it has the record it asks no more: the form keeps its own copy, and deleting
 * the record from the form would otherwise make it ask for what it just removed.
 */
export function EditLoader<T, K extends QueryKey>({
  id,
  query,
  children,
}: {
  id: string | null;
  query: (id: string) => UseQueryOptions<T, Error, T, K>;
  children: (record: T | null) => ReactNode;
}) {
  const [loadedId, setLoadedId] = useState<string | null>(null);
  const existing = useQuery({ ...query(id ?? ''), enabled: id !== null && loadedId !== id, staleTime: 0 });
  useEffect(() => {
    if (existing.data !== undefined && id !== null) setLoadedId(id);
  }, [existing.data, id]);
  if (id === null) return children(null);
  if (existing.error) return <ErrorMessage error={existing.error} />;
  if (existing.data === undefined) return <p>{t.map.loading}</p>;
  return children(existing.data);
}
