import { KeyFiguresSchema } from '@regiekaart/model';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiUrl, compactParams, getJson } from './client.ts';

export type KeyFiguresParams = {
  /** `YYYY-MM-DD`; omitted: today (the server's) */
  asOf?: string;
  /** `YYYY-MM-DD`; omitted: a year before `asOf` */
  compareWith?: string;
};

export function keyFiguresQuery(params: KeyFiguresParams) {
  const compact = compactParams(params);
  return queryOptions({
    queryKey: ['key-figures', compact] as const,
    queryFn: ({ signal }) =>
      getJson('/api/key-figures', { params: compact, schema: KeyFiguresSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The same figures as a CSV download for the council. */
export function keyFiguresCsvUrl(params: Required<KeyFiguresParams>): string {
  return apiUrl('/api/key-figures', { ...params, format: 'csv' });
}
