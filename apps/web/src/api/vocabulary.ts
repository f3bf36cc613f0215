import { VocabularyEntrySchema } from '@regiekaart/model';
import { queryOptions } from '@tanstack/react-query';
import { getJson, itemsOf } from './client.ts';

// reading tolerates extra fields the server may add later; writing stays strict
const VocabularySchema = itemsOf(VocabularyEntrySchema.strip().array());

const vocabularyOptions = { staleTime: 10 * 60_000 };

export function domainsQuery() {
  return queryOptions({
    queryKey: ['domains'] as const,
    queryFn: ({ signal }) => getJson('/api/domains', { schema: VocabularySchema, signal }),
    ...vocabularyOptions,
  });
}

export function linkKindsQuery() {
  return queryOptions({
    queryKey: ['link-kinds'] as const,
    queryFn: ({ signal }) => getJson('/api/link-kinds', { schema: VocabularySchema, signal }),
    ...vocabularyOptions,
  });
}
