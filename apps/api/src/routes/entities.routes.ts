import {
  AnnotationCreateSchema,
  AnnotationListQuerySchema,
  AnnotationSchema,
  AnnotationUpdateSchema,
  LinkCreateSchema,
  LinkListQuerySchema,
  LinkSchema,
  LinkUpdateSchema,
  OpgaveCreateSchema,
  OpgaveListQuerySchema,
  OpgaveSchema,
  OpgaveUpdateSchema,
  OrganisationCreateSchema,
  OrganisationListQuerySchema,
  OrganisationSchema,
  OrganisationUpdateSchema,
  PersonCreateSchema,
  PersonListQuerySchema,
  PersonSchema,
  PersonUpdateSchema,
  PresentationCreateSchema,
  PresentationListQuerySchema,
  PresentationSchema,
  PresentationUpdateSchema,
  TemplateCreateSchema,
  TemplateListQuerySchema,
  TemplateSchema,
  TemplateUpdateSchema,
  ViewCreateSchema,
  ViewListQuerySchema,
  ViewSchema,
  ViewUpdateSchema,
} from '@regiekaart/model';
import type { Hono } from 'hono';
import type { Db } from '../db/database.ts';
import type { ApiDocs } from '../http/openapi.ts';
import * as annotations from '../services/annotations.service.ts';
import * as links from '../services/links.service.ts';
import * as opgaven from '../services/opgaven.service.ts';
import * as organisations from '../services/organisations.service.ts';
import * as people from '../services/people.service.ts';
import * as presentations from '../services/presentations.service.ts';
import * as templates from '../services/templates.service.ts';
import * as views from '../services/views.service.ts';
import { crudRoutes } from './crud.routes.ts';

/** Mounts the plain CRUD resources on the /api router. */
export function mountEntityRoutes(api: Hono, db: Db, docs: ApiDocs): void {
  api.route(
    '/organisations',
    crudRoutes(db, docs, {
      path: '/organisations',
      tag: 'organisaties',
      what: 'Organisatie',
      listQuery: OrganisationListQuerySchema,
      createSchema: OrganisationCreateSchema,
      updateSchema: OrganisationUpdateSchema,
      schema: OrganisationSchema,
      list: organisations.listOrganisations,
      get: organisations.getOrganisation,
      create: organisations.createOrganisation,
      update: organisations.updateOrganisation,
      remove: (_db, id, cascade, access) => organisations.deleteOrganisationAs(access, id, cascade),
    }),
  );
  api.route(
    '/people',
    crudRoutes(db, docs, {
      path: '/people',
      tag: 'personen',
      what: 'Persoon',
      listQuery: PersonListQuerySchema,
      createSchema: PersonCreateSchema,
      updateSchema: PersonUpdateSchema,
      schema: PersonSchema,
      list: people.listPeople,
      get: (_db, id, access) => people.getPersonAs(access, id),
      create: people.createPerson,
      update: people.updatePerson,
      remove: (_db, id, cascade, access) => people.deletePersonAs(access, id, cascade),
    }),
  );
  api.route(
    '/links',
    crudRoutes(db, docs, {
      path: '/links',
      tag: 'verbindingen',
      what: 'Verbinding',
      listQuery: LinkListQuerySchema,
      createSchema: LinkCreateSchema,
      updateSchema: LinkUpdateSchema,
      schema: LinkSchema,
      list: links.listLinks,
      get: links.getLink,
      create: links.createLink,
      update: links.updateLink,
      remove: (db, id) => links.deleteLink(db, id),
    }),
  );
  api.route(
    '/templates',
    crudRoutes(db, docs, {
      path: '/templates',
      tag: 'partnersjablonen',
      what: 'Partnersjabloon',
      listQuery: TemplateListQuerySchema,
      createSchema: TemplateCreateSchema,
      updateSchema: TemplateUpdateSchema,
      schema: TemplateSchema,
      list: templates.listTemplates,
      get: templates.getTemplate,
      create: templates.createTemplate,
      update: templates.updateTemplate,
      remove: (db, id) => templates.deleteTemplate(db, id),
    }),
  );
  api.route(
    '/opgaven',
    crudRoutes(db, docs, {
      path: '/opgaven',
      tag: 'opgaven',
      what: 'Opgave of casus',
      listQuery: OpgaveListQuerySchema,
      createSchema: OpgaveCreateSchema,
      updateSchema: OpgaveUpdateSchema,
      schema: OpgaveSchema,
      list: (_db, query, access) => opgaven.listOpgavenAs(access, query),
      get: opgaven.getOpgave,
      create: (_db, input, access) => opgaven.createOpgaveAs(access, input),
      update: (_db, id, patch, access) => opgaven.updateOpgaveAs(access, id, patch),
      remove: (db, id) => opgaven.deleteOpgave(db, id),
    }),
  );
  api.route(
    '/annotations',
    crudRoutes(db, docs, {
      path: '/annotations',
      tag: 'notities',
      what: 'Notitie of actie',
      listQuery: AnnotationListQuerySchema,
      createSchema: AnnotationCreateSchema,
      updateSchema: AnnotationUpdateSchema,
      putSchema: AnnotationUpdateSchema,
      schema: AnnotationSchema,
      list: (_db, query, access) => annotations.listAnnotationsAs(access, query),
      get: annotations.getAnnotation,
      create: (_db, input, access) => annotations.createAnnotationAs(access, input),
      update: (_db, id, patch, access) => annotations.updateAnnotationAs(access, id, patch),
      remove: (db, id) => annotations.deleteAnnotation(db, id),
    }),
  );
  api.route(
    '/views',
    crudRoutes(db, docs, {
      path: '/views',
      tag: 'weergaven',
      what: 'Opgeslagen weergave',
      listQuery: ViewListQuerySchema,
      createSchema: ViewCreateSchema,
      updateSchema: ViewUpdateSchema,
      schema: ViewSchema,
      list: (_db, query, access) => views.listViewsAs(access, query),
      get: views.getView,
      create: (_db, input, access) => views.createViewAs(access, input),
      update: (_db, id, patch, access) => views.updateViewAs(access, id, patch),
      remove: (db, id) => views.deleteView(db, id),
    }),
  );
  api.route(
    '/presentations',
    crudRoutes(db, docs, {
      path: '/presentations',
      tag: 'presenteren',
      what: 'Presentatie',
      listQuery: PresentationListQuerySchema,
      createSchema: PresentationCreateSchema,
      updateSchema: PresentationUpdateSchema,
      schema: PresentationSchema,
      list: (_db, query, access) => presentations.listPresentationsAs(access, query),
      get: (_db, id, access) => presentations.getPresentationAs(access, id),
      create: (_db, input, access) => presentations.createPresentationAs(access, input),
      update: (_db, id, patch, access) => presentations.updatePresentationAs(access, id, patch),
      remove: (db, id) => presentations.deletePresentation(db, id),
    }),
  );
}
