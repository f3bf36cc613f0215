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
import {
  assertMayChangeKind,
  assertMayDeleteActor,
  casusCreator,
  keptHiddenSteps,
  refuseHiddenSteps,
  withoutHiddenSteps,
} from '../policy/rules.ts';
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
      remove: (db, id, cascade, access) => {
        assertMayDeleteActor(access, id, 'organisatie');
        organisations.deleteOrganisation(db, id, cascade);
      },
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
      get: (db, id, access) => {
        // a professional may ask who viewed their record (AVG art. 15)
        access.audit.logRead = true;
        return people.getPerson(db, id);
      },
      create: people.createPerson,
      update: people.updatePerson,
      remove: (db, id, cascade, access) => {
        assertMayDeleteActor(access, id, 'persoon');
        people.deletePerson(db, id, cascade);
      },
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
      list: (db, query, access) => {
        const page = opgaven.listOpgaven(db, { ...query, hidden: access.hiddenList() });
        for (const o of page.items) if (o.kind === 'casus' && o.code) access.audit.casusCodes.add(o.code);
        return page;
      },
      get: opgaven.getOpgave,
      create: (db, input, access) => {
        const creator = input.kind === 'casus' ? casusCreator(access) : null;
        return creator
          ? opgaven.createCasusWithRegisseur(db, input, creator)
          : opgaven.createOpgave(db, input);
      },
      update: (db, id, patch, access) => {
        assertMayChangeKind(access, opgaven.getOpgave(db, id).kind, patch.kind);
        access.noteOpgave(id);
        return opgaven.updateOpgave(db, id, patch);
      },
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
      list: (db, query, access) => {
        const page = annotations.listAnnotations(db, { ...query, hidden: access.hiddenList() });
        for (const a of page.items) access.noteOpgave(a.opgaveId);
        return page;
      },
      get: annotations.getAnnotation,
      create: (db, input, access) => {
        const created = annotations.createAnnotation(db, input, access.hiddenCasusIds());
        access.noteOpgave(created.opgaveId);
        return created;
      },
      update: (db, id, patch, access) => {
        const updated = annotations.updateAnnotation(db, id, patch, access.hiddenCasusIds());
        access.noteOpgave(updated.opgaveId);
        return updated;
      },
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
      list: (db, query, access) => {
        const page = views.listViews(db, { ...query, hidden: access.hiddenList() });
        for (const v of page.items) access.noteOpgave(v.opgaveId);
        return page;
      },
      get: views.getView,
      create: (db, input, access) => {
        const created = views.createView(db, input, access.hiddenCasusIds());
        access.noteOpgave(created.opgaveId);
        return created;
      },
      update: (db, id, patch, access) => {
        const updated = views.updateView(db, id, patch, access.hiddenCasusIds());
        access.noteOpgave(updated.opgaveId);
        return updated;
      },
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
      list: (db, query, access) => {
        const page = presentations.listPresentations(db, query);
        return { ...page, items: page.items.map((p) => withoutHiddenSteps(access, p)) };
      },
      get: (db, id, access) => withoutHiddenSteps(access, presentations.getPresentation(db, id)),
      create: (db, input, access) => {
        refuseHiddenSteps(access, input.steps);
        return withoutHiddenSteps(access, presentations.createPresentation(db, input));
      },
      update: (db, id, patch, access) => {
        refuseHiddenSteps(access, patch.steps);
        // steps the caller cannot see stay where they were
        const kept = patch.steps ? keptHiddenSteps(access, presentations.getPresentation(db, id).steps) : [];
        const steps = patch.steps ? { steps: [...patch.steps, ...kept] } : {};
        return withoutHiddenSteps(access, presentations.updatePresentation(db, id, { ...patch, ...steps }));
      },
      remove: (db, id) => presentations.deletePresentation(db, id),
    }),
  );
}
