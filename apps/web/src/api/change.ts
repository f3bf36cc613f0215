import { ChangeSchema, type NetworkLevel, type ViewMode } from '@regiekaart/model';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { compactParams, getJson } from './client.ts';

export type ChangeParams = {
  from: string;
  to: string;
  level: NetworkLevel;
  /** `raad`: the council version, redacted on the server */
  view?: ViewMode;
  /** around one opgave (`GET /api/opgaven/:id/change`) */
  opgaveId?: string;
};

/** Who joined and left, which ties came and went, between two dates. */
export function changeQuery({ opgaveId, ...params }: ChangeParams) {
  const compact = compactParams(params);
  const path = opgaveId ? `/api/opgaven/${encodeURIComponent(opgaveId)}/change` : '/api/change';
  return queryOptions({
    queryKey: opgaveId ? (['opgaven', opgaveId, 'change', compact] as const) : (['change', compact] as const),
    queryFn: ({ signal }) => getJson(path, { params: compact, schema: ChangeSchema, signal }),
    placeholderData: keepPreviousData,
  });
}
