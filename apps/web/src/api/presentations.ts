import { DeckSchema, PresentationSchema, pageOf, type ViewMode, ViewSchema } from '@regiekaart/model';
import { queryOptions } from '@tanstack/react-query';
import { compactParams, getJson } from './client.ts';
import { entityPath } from './write.ts';

const PresentationsPage = pageOf(PresentationSchema.strip());
const AllViewsPage = pageOf(ViewSchema.strip());

export function presentationsQuery() {
  return queryOptions({
    queryKey: ['presentations', 'list'] as const,
    queryFn: ({ signal }) =>
      getJson('/api/presentations', { params: { limit: 1000 }, schema: PresentationsPage, signal }),
  });
}

export function presentationQuery(id: string) {
  return queryOptions({
    queryKey: ['presentations', 'one', id] as const,
    queryFn: ({ signal }) =>
      getJson(entityPath('presentations', id), { schema: PresentationSchema.strip(), signal }),
  });
}

/**
 * A presentation's steps with their views resolved; `view` null follows the presentation's own
 * choice. In the raadsversie the server leaves out every person name and id.
 */
export function deckQuery(id: string, view: ViewMode | null, minPeople?: number) {
  const params = compactParams({ view, minPeople });
  return queryOptions({
    queryKey: ['presentations', id, 'steps', params] as const,
    queryFn: ({ signal }) =>
      getJson(`${entityPath('presentations', id)}/steps`, { params, schema: DeckSchema, signal }),
  });
}

/** Every saved view (of the whole network and of each opgave), to build steps from. */
export function allViewsQuery() {
  return queryOptions({
    queryKey: ['views', 'all'] as const,
    queryFn: ({ signal }) => getJson('/api/views', { params: { limit: 1000 }, schema: AllViewsPage, signal }),
  });
}
