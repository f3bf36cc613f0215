import { AnalysisSchema, type NetworkLevel, type ViewMode } from '@regiekaart/model';
import { queryOptions } from '@tanstack/react-query';
import { compactParams, getJson } from './client.ts';

/** The network filters, as the network and analysis endpoints take them (lists comma-separated). */
export type NetworkFilterParams = {
  level: NetworkLevel;
  asOf?: string;
  hops?: number;
  domain?: string;
  kind?: string;
  minStrength?: number;
  organisation?: string;
  /** `raad`: the council version, redacted on the server */
  view?: ViewMode;
  /** raad view: organisations with fewer people are folded into "overig" */
  minPeople?: number;
};

/**
 * Metrics, tie matrix and insights for the network the map shows; computed on the server in a
 * worker and cached there until the data changes.
 */
export function analysisQuery(opgaveId: string | null, params: NetworkFilterParams) {
  const compact = compactParams(params);
  const path = opgaveId === null ? '/api/analysis' : `/api/opgaven/${encodeURIComponent(opgaveId)}/analysis`;
  return queryOptions({
    queryKey:
      opgaveId === null
        ? (['analysis', compact] as const)
        : (['opgaven', opgaveId, 'analysis', compact] as const),
    queryFn: ({ signal }) => getJson(path, { params: compact, schema: AnalysisSchema, signal }),
    // metrics of the previous date or filter stay until the new ones arrive, but never another opgave's
    placeholderData: (previous, previousQuery) =>
      previousQuery && previousQuery.queryKey[1] === (opgaveId ?? previousQuery.queryKey[1])
        ? previous
        : undefined,
  });
}
