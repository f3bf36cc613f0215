import { type MapLayoutLevel, MapLayoutSchema } from '@regiekaart/model';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from './client.ts';

/** A map whose positions the server keeps: the whole network (opgaveId null) or one opgave, at one level. */
export type MapLayoutKey = { opgaveId: string | null; level: MapLayoutLevel };

export function layoutPath({ opgaveId, level }: MapLayoutKey): string {
  return opgaveId
    ? `/api/layouts/opgaven/${encodeURIComponent(opgaveId)}/${level}`
    : `/api/layouts/netwerk/${level}`;
}

export function layoutQuery(key: MapLayoutKey) {
  return queryOptions({
    queryKey: ['layouts', key.opgaveId ?? 'netwerk', key.level] as const,
    queryFn: ({ signal }) => getJson(layoutPath(key), { schema: MapLayoutSchema, signal }),
    // positions change only by this client's own writes, which invalidate the query
    staleTime: Number.POSITIVE_INFINITY,
  });
}
