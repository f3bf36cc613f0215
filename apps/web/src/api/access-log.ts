import { type AccessAction, AccessLogEntrySchema, type AccessResult, pageOf } from '@regiekaart/model';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { compactParams, getJson } from './client.ts';

export type AccessLogParams = {
  username?: string;
  action?: AccessAction;
  casusCode?: string;
  result?: AccessResult;
  limit?: number;
  offset?: number;
};

const AccessLogPageSchema = pageOf(AccessLogEntrySchema);

export function accessLogQuery(params: AccessLogParams) {
  const compact = compactParams(params);
  return queryOptions({
    queryKey: ['access-log', compact] as const,
    queryFn: ({ signal }) =>
      getJson('/api/access-log', { params: compact, schema: AccessLogPageSchema, signal }),
    placeholderData: keepPreviousData,
    // the log only grows; show what is there now
    staleTime: 0,
  });
}
