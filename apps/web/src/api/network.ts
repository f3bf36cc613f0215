import type { NetworkLevel, ViewMode } from '@regiekaart/model';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { compactParams, getJson } from './client.ts';
import { FastNetworkSchema } from './network-shape.ts';

export type NetworkParams = {
  level: NetworkLevel;
  asOf?: string;
  domain?: string;
  kind?: string;
  minStrength?: number;
  organisation?: string;
  /** `raad`: the council version, redacted on the server */
  view?: ViewMode;
  /** raad view: organisations with fewer people are folded into "overig" */
  minPeople?: number;
};

export function networkQuery(params: NetworkParams) {
  const compact = compactParams(params);
  return queryOptions({
    queryKey: ['network', compact] as const,
    queryFn: ({ signal }) => getJson('/api/network', { params: compact, schema: FastNetworkSchema, signal }),
    placeholderData: keepPreviousData,
  });
}
