import {
  type NetworkLevel,
  type OpgaveKind,
  type OpgaveLevel,
  OpgaveSchema,
  type OpgaveStatus,
  ParticipantSchema,
  pageOf,
  type ViewMode,
} from '@regiekaart/model';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { compactParams, getJson, itemsOf } from './client.ts';
import { FastNetworkSchema } from './network-shape.ts';

export type OpgavenParams = {
  q?: string;
  level?: OpgaveLevel;
  status?: OpgaveStatus;
  kind?: OpgaveKind;
  limit?: number;
  offset?: number;
};

export type OpgaveNetworkParams = {
  level: NetworkLevel;
  hops: number;
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

const OpgavenPageSchema = pageOf(OpgaveSchema);
const ParticipantsSchema = itemsOf(ParticipantSchema.array());

const opgavePath = (id: string) => `/api/opgaven/${encodeURIComponent(id)}`;

export function opgavenQuery(params: OpgavenParams) {
  const compact = compactParams(params);
  return queryOptions({
    queryKey: ['opgaven', compact] as const,
    queryFn: ({ signal }) => getJson('/api/opgaven', { params: compact, schema: OpgavenPageSchema, signal }),
    // keep the list on screen while the next page or filter loads
    placeholderData: keepPreviousData,
  });
}

export function opgaveQuery(id: string) {
  return queryOptions({
    queryKey: ['opgaven', id] as const,
    queryFn: ({ signal }) => getJson(opgavePath(id), { schema: OpgaveSchema, signal }),
  });
}

export function opgaveParticipantsQuery(id: string) {
  return queryOptions({
    queryKey: ['opgaven', id, 'participants'] as const,
    queryFn: ({ signal }) =>
      getJson(`${opgavePath(id)}/participants`, { schema: ParticipantsSchema, signal }),
  });
}

export function opgaveNetworkQuery(id: string, params: OpgaveNetworkParams) {
  const compact = compactParams(params);
  return queryOptions({
    queryKey: ['opgaven', id, 'network', compact] as const,
    queryFn: ({ signal }) =>
      getJson(`${opgavePath(id)}/network`, { params: compact, schema: FastNetworkSchema, signal }),
    // while another level or date loads, keep this opgave's map; never show another opgave's
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === id ? previous : undefined),
  });
}
