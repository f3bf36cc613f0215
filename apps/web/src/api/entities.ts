import {
  AnnotationSchema,
  LinkSchema,
  OrganisationSchema,
  PersonSchema,
  pageOf,
  TemplateSchema,
  ViewSchema,
} from '@regiekaart/model';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { compactParams, getJson } from './client.ts';
import { entityPath } from './write.ts';

// reading tolerates fields the server may add later; writing stays strict
const OrganisationsPage = pageOf(OrganisationSchema.strip());
const PeoplePage = pageOf(PersonSchema.strip());
const LinksPage = pageOf(LinkSchema.strip());
const TemplatesPage = pageOf(TemplateSchema.strip());
const AnnotationsPage = pageOf(AnnotationSchema.strip());
const ViewsPage = pageOf(ViewSchema.strip());

export type ListParams = { q?: string; limit?: number; offset?: number };

export function organisationsQuery(params: ListParams & { parentId?: string; domain?: string } = {}) {
  const compact = compactParams(params);
  return queryOptions({
    queryKey: ['organisations', compact] as const,
    queryFn: ({ signal }) =>
      getJson('/api/organisations', { params: compact, schema: OrganisationsPage, signal }),
    placeholderData: keepPreviousData,
  });
}

export function organisationQuery(id: string) {
  return queryOptions({
    queryKey: ['organisations', 'one', id] as const,
    queryFn: ({ signal }) => getJson(entityPath('organisations', id), { schema: OrganisationSchema, signal }),
  });
}

export function peopleQuery(params: ListParams & { organisationId?: string } = {}) {
  const compact = compactParams(params);
  return queryOptions({
    queryKey: ['people', compact] as const,
    queryFn: ({ signal }) => getJson('/api/people', { params: compact, schema: PeoplePage, signal }),
    placeholderData: keepPreviousData,
  });
}

export function personQuery(id: string) {
  return queryOptions({
    queryKey: ['people', 'one', id] as const,
    queryFn: ({ signal }) => getJson(entityPath('people', id), { schema: PersonSchema, signal }),
  });
}

export function linksQuery(params: ListParams & { actorId?: string } = {}) {
  const compact = compactParams(params);
  return queryOptions({
    queryKey: ['links', compact] as const,
    queryFn: ({ signal }) => getJson('/api/links', { params: compact, schema: LinksPage, signal }),
  });
}

export function linkQuery(id: string) {
  return queryOptions({
    queryKey: ['links', 'one', id] as const,
    queryFn: ({ signal }) => getJson(entityPath('links', id), { schema: LinkSchema, signal }),
  });
}

export function templatesQuery(params: ListParams = {}) {
  const compact = compactParams(params);
  return queryOptions({
    queryKey: ['templates', compact] as const,
    queryFn: ({ signal }) => getJson('/api/templates', { params: compact, schema: TemplatesPage, signal }),
  });
}

export type AnnotationParams = ListParams & {
  opgaveId?: string;
  targetType?: string;
  targetId?: string;
  isAction?: boolean;
  actionStatus?: 'open' | 'done';
};

export function annotationsQuery(params: AnnotationParams) {
  const compact = compactParams(params);
  return queryOptions({
    queryKey: ['annotations', compact] as const,
    queryFn: ({ signal }) =>
      getJson('/api/annotations', { params: compact, schema: AnnotationsPage, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Views of one opgave, or with `opgaveId: 'network'` of the whole network. */
export function viewsQuery(opgaveId: string) {
  return queryOptions({
    queryKey: ['views', { opgaveId }] as const,
    queryFn: ({ signal }) =>
      getJson('/api/views', { params: { opgaveId, limit: 200 }, schema: ViewsPage, signal }),
  });
}

export function viewQuery(id: string) {
  return queryOptions({
    queryKey: ['views', 'one', id] as const,
    queryFn: ({ signal }) => getJson(entityPath('views', id), { schema: ViewSchema, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
