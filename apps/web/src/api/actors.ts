import {
  AnnotationSchema,
  type AnnotationTarget,
  LinkSchema,
  OpgaveSchema,
  OrganisationSchema,
  PersonSchema,
  pageOf,
} from '@regiekaart/model';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from './client.ts';

const OrganisationsPageSchema = pageOf(OrganisationSchema.strip());
const OpgavenPageSchema = pageOf(OpgaveSchema);
const AnnotationsPageSchema = pageOf(AnnotationSchema);
const LIST_LIMIT = 1000;

/** Every organisation, for filters and for the boxes that group people by organisation. */
export function organisationsQuery() {
  return queryOptions({
    queryKey: ['organisations', { limit: LIST_LIMIT }] as const,
    queryFn: ({ signal }) =>
      getJson('/api/organisations', {
        params: { limit: LIST_LIMIT },
        schema: OrganisationsPageSchema,
        signal,
      }),
    staleTime: 5 * 60_000,
  });
}

export function organisationQuery(id: string) {
  return queryOptions({
    queryKey: ['organisations', id] as const,
    queryFn: ({ signal }) =>
      getJson(`/api/organisations/${encodeURIComponent(id)}`, { schema: OrganisationSchema, signal }),
  });
}

export function personQuery(id: string) {
  return queryOptions({
    queryKey: ['people', id] as const,
    queryFn: ({ signal }) =>
      getJson(`/api/people/${encodeURIComponent(id)}`, { schema: PersonSchema, signal }),
  });
}

export function linkQuery(id: string) {
  return queryOptions({
    queryKey: ['links', id] as const,
    queryFn: ({ signal }) => getJson(`/api/links/${encodeURIComponent(id)}`, { schema: LinkSchema, signal }),
  });
}

/** The opgaven and casussen an actor takes part in. */
export function actorOpgavenQuery(actorId: string) {
  const params = { actorId, limit: 100 };
  return queryOptions({
    queryKey: ['opgaven', params] as const,
    queryFn: ({ signal }) => getJson('/api/opgaven', { params, schema: OpgavenPageSchema, signal }),
  });
}

/** Notes and actions attached to one actor, tie or other target. */
export function annotationsQuery(targetType: AnnotationTarget, targetId: string) {
  const params = { targetType, targetId, limit: 100 };
  return queryOptions({
    queryKey: ['annotations', params] as const,
    queryFn: ({ signal }) => getJson('/api/annotations', { params, schema: AnnotationsPageSchema, signal }),
  });
}
