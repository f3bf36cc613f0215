import {
  type Annotation,
  type AnnotationCreate,
  AnnotationSchema,
  type Link,
  type LinkCreate,
  LinkSchema,
  type MembershipInput,
  type Opgave,
  OpgaveSchema,
  type Organisation,
  type OrganisationCreate,
  OrganisationSchema,
  type Participant,
  type ParticipantCreate,
  ParticipantSchema,
  type Person,
  type PersonCreate,
  PersonSchema,
  pageOf,
  type Template,
  type TemplateCreate,
} from '@regiekaart/model';
import { getJson, itemsOf } from '../../../api/client.ts';
import { type ApiCall, entityPath } from '../../../api/write.ts';
import { t } from '../../../i18n/catalogue.ts';
import type { Command, EditScope } from './edit-history.ts';

/** The collections whose records the workbench edits, by their API path. */
export type Collection = 'organisations' | 'people' | 'links' | 'templates' | 'annotations' | 'views';

const SCOPE: Record<Collection, EditScope> = {
  organisations: 'graph',
  people: 'graph',
  links: 'graph',
  templates: 'graph',
  annotations: 'annotations',
  views: 'views',
};

const ALL = 1000;

/** Create ↔ delete of the same id (the id is made in the client, so a redo re-creates the same record). */
export function createCommand(
  collection: Collection,
  body: { id: string } & Record<string, unknown>,
  label: string,
): Command {
  return {
    label,
    scope: SCOPE[collection],
    forward: [{ method: 'POST', path: `/api/${collection}`, body }],
    backward: [{ method: 'DELETE', path: entityPath(collection, body.id) }],
  };
}

/**
 * Update ↔ update with the previous values of exactly the fields that change.
 * `before` is the record as the form loaded it.
 */
export function updateCommand<T extends Record<string, unknown>>(
  collection: Collection,
  id: string,
  before: T,
  patch: Partial<Record<keyof T, unknown>>,
  label: string,
): Command {
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) previous[key] = before[key] ?? null;
  return {
    label,
    scope: SCOPE[collection],
    forward: [{ method: 'PATCH', path: entityPath(collection, id), body: patch }],
    backward: [{ method: 'PATCH', path: entityPath(collection, id), body: previous }],
  };
}

/** Fields of `after` that differ from `before` (arrays and objects compared as JSON). */
export function changedFields<T extends Record<string, unknown>>(
  before: Record<string, unknown>,
  after: T,
): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const value = after[key];
    const old = before[key] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(value ?? null)) patch[key] = value;
  }
  return patch;
}

// ---------------------------------------------------------------- record -> create body

export const organisationBody = (o: Organisation): OrganisationCreate => ({
  id: o.id,
  name: o.name,
  shortName: o.shortName,
  domain: o.domain,
  type: o.type,
  parentId: o.parentId,
  region: o.region,
  note: o.note,
});

export const membershipInputs = (p: Pick<Person, 'memberships'>): MembershipInput[] =>
  p.memberships.map((m) => ({
    id: m.id,
    organisationId: m.organisationId,
    role: m.role,
    since: m.since,
    until: m.until,
  }));

export const personBody = (p: Person): PersonCreate => ({
  id: p.id,
  name: p.name,
  function: p.function,
  note: p.note,
  memberships: membershipInputs(p),
});

export const linkBody = (l: Link): LinkCreate => ({
  id: l.id,
  sourceId: l.sourceId,
  targetId: l.targetId,
  kind: l.kind,
  strength: l.strength,
  directed: l.directed,
  since: l.since,
  until: l.until,
  source: l.source,
  recordedBy: l.recordedBy,
  confidence: l.confidence,
  note: l.note,
});

export const templateBody = (tpl: Template): TemplateCreate => ({
  id: tpl.id,
  name: tpl.name,
  description: tpl.description,
  roles: tpl.roles.map((r) => ({
    label: r.label,
    orgType: r.orgType,
    domain: r.domain,
    minCount: r.minCount,
  })),
});

export const participantBody = (p: Participant): ParticipantCreate => ({
  id: p.id,
  actorId: p.actorId,
  role: p.role,
  since: p.since,
  until: p.until,
  note: p.note,
});

export const annotationBody = (a: Annotation): AnnotationCreate => ({
  id: a.id,
  targetType: a.targetType,
  targetId: a.targetId,
  opgaveId: a.opgaveId,
  text: a.text,
  tags: a.tags,
  author: a.author,
  isAction: a.isAction,
  actionStatus: a.actionStatus,
  owner: a.owner,
  due: a.due,
});

// ---------------------------------------------------------------- deletes with everything they take along

const OrganisationsPage = pageOf(OrganisationSchema.strip());
const PeoplePage = pageOf(PersonSchema.strip());
const LinksPage = pageOf(LinkSchema.strip());
const AnnotationsPage = pageOf(AnnotationSchema.strip());
const OpgavenPage = pageOf(OpgaveSchema.strip());
const Participants = itemsOf(ParticipantSchema.strip().array());

const annotationsOf = async (targetType: string, targetId: string) =>
  (
    await getJson('/api/annotations', {
      params: { targetType, targetId, limit: ALL },
      schema: AnnotationsPage,
    })
  ).items;

const recreateAnnotations = (items: Annotation[]): ApiCall[] =>
  items.map((a) => ({ method: 'POST', path: '/api/annotations', body: annotationBody(a) }));

/** An actor's ties and their notes, its participations and its own notes: what a cascade removes. */
async function actorSurroundings(actorId: string, kind: 'person' | 'organisation') {
  const links = (await getJson('/api/links', { params: { actorId, limit: ALL }, schema: LinksPage })).items;
  const linkNotes = (await Promise.all(links.map((l) => annotationsOf('link', l.id)))).flat();
  const opgaven: Opgave[] = (
    await getJson('/api/opgaven', { params: { actorId, limit: ALL }, schema: OpgavenPage })
  ).items;
  const participants = (
    await Promise.all(
      opgaven.map(
        async (o) =>
          (
            await getJson(`${entityPath('opgaven', o.id)}/participants`, { schema: Participants })
          ).items,
      ),
    )
  )
    .flat()
    .filter((p) => p.actorId === actorId);
  const notes = await annotationsOf(kind, actorId);
  return { links, linkNotes, participants, notes };
}

function restoreSurroundings(s: Awaited<ReturnType<typeof actorSurroundings>>): ApiCall[] {
  return [
    ...s.links.map((l): ApiCall => ({ method: 'POST', path: '/api/links', body: linkBody(l) })),
    ...s.participants.map(
      (p): ApiCall => ({
        method: 'POST',
        path: `${entityPath('opgaven', p.opgaveId)}/participants`,
        body: participantBody(p),
      }),
    ),
    ...recreateAnnotations([...s.notes, ...s.linkNotes]),
  ];
}

const deleteCall = (collection: string, id: string, cascade = false): ApiCall => ({
  method: 'DELETE',
  path: entityPath(collection, id),
  ...(cascade ? { params: { cascade: true } } : {}),
});

/**
 * Delete ↔ re-create with the same id, including what the delete takes along: memberships, ties,
 * participations, notes, and (for an organisation) its members' memberships and its parts' parent.
 */
export async function deleteOrganisationCommand(id: string, cascade: boolean): Promise<Command> {
  const org = await getJson(entityPath('organisations', id), { schema: OrganisationSchema.strip() });
  const surroundings = await actorSurroundings(id, 'organisation');
  const members = (
    await getJson('/api/people', { params: { organisationId: id, limit: ALL }, schema: PeoplePage })
  ).items;
  const parts = (
    await getJson('/api/organisations', { params: { parentId: id, limit: ALL }, schema: OrganisationsPage })
  ).items;
  return {
    label: t.edit.history.deleted(t.edit.entity.organisation, org.name),
    scope: 'graph',
    forward: [deleteCall('organisations', id, cascade)],
    backward: [
      { method: 'POST', path: '/api/organisations', body: organisationBody(org) },
      ...members.map(
        (p): ApiCall => ({
          method: 'PATCH',
          path: entityPath('people', p.id),
          body: { memberships: membershipInputs(p) },
        }),
      ),
      ...parts.map(
        (o): ApiCall => ({
          method: 'PATCH',
          path: entityPath('organisations', o.id),
          body: { parentId: id },
        }),
      ),
      ...restoreSurroundings(surroundings),
    ],
  };
}

export async function deletePersonCommand(id: string, cascade: boolean): Promise<Command> {
  const person = await getJson(entityPath('people', id), { schema: PersonSchema.strip() });
  const surroundings = await actorSurroundings(id, 'person');
  return {
    label: t.edit.history.deleted(t.edit.entity.person, person.name),
    scope: 'graph',
    forward: [deleteCall('people', id, cascade)],
    backward: [
      { method: 'POST', path: '/api/people', body: personBody(person) },
      ...restoreSurroundings(surroundings),
    ],
  };
}

export async function deleteLinkCommand(link: Link, label: string): Promise<Command> {
  const notes = await annotationsOf('link', link.id);
  return {
    label,
    scope: 'graph',
    forward: [deleteCall('links', link.id)],
    backward: [{ method: 'POST', path: '/api/links', body: linkBody(link) }, ...recreateAnnotations(notes)],
  };
}

export async function deleteTemplateCommand(template: Template): Promise<Command> {
  const users = (
    await getJson('/api/opgaven', { params: { templateId: template.id, limit: ALL }, schema: OpgavenPage })
  ).items;
  const notes = await annotationsOf('template', template.id);
  return {
    label: t.edit.history.deleted(t.edit.entity.template, template.name),
    scope: 'graph',
    forward: [deleteCall('templates', template.id)],
    backward: [
      { method: 'POST', path: '/api/templates', body: templateBody(template) },
      ...users.map(
        (o): ApiCall => ({
          method: 'PATCH',
          path: entityPath('opgaven', o.id),
          body: { templateId: template.id },
        }),
      ),
      ...recreateAnnotations(notes),
    ],
  };
}

export function deleteAnnotationCommand(annotation: Annotation): Command {
  return {
    label: t.edit.history.deleted(t.edit.entity.annotation, shorten(annotation.text)),
    scope: 'annotations',
    forward: [deleteCall('annotations', annotation.id)],
    backward: recreateAnnotations([annotation]),
  };
}

// ---------------------------------------------------------------- participants (nested under the opgave)

const participantsPath = (opgaveId: string) => `${entityPath('opgaven', opgaveId)}/participants`;

export function createParticipantCommand(
  opgaveId: string,
  body: ParticipantCreate & { id: string },
  label: string,
): Command {
  return {
    label,
    scope: 'graph',
    forward: [{ method: 'POST', path: participantsPath(opgaveId), body }],
    backward: [{ method: 'DELETE', path: `${participantsPath(opgaveId)}/${encodeURIComponent(body.id)}` }],
  };
}

export function updateParticipantCommand(
  before: Participant,
  patch: Record<string, unknown>,
  label: string,
): Command {
  const path = `${participantsPath(before.opgaveId)}/${encodeURIComponent(before.id)}`;
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) previous[key] = (before as Record<string, unknown>)[key] ?? null;
  return {
    label,
    scope: 'graph',
    forward: [{ method: 'PATCH', path, body: patch }],
    backward: [{ method: 'PATCH', path, body: previous }],
  };
}

export function deleteParticipantCommand(participant: Participant, label: string): Command {
  return {
    label,
    scope: 'graph',
    forward: [
      {
        method: 'DELETE',
        path: `${participantsPath(participant.opgaveId)}/${encodeURIComponent(participant.id)}`,
      },
    ],
    backward: [
      { method: 'POST', path: participantsPath(participant.opgaveId), body: participantBody(participant) },
    ],
  };
}

export function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
