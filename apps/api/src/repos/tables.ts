import { defineTable } from './table.ts';

export const organisationsTable = defineTable({
  name: 'organisations',
  fields: {
    id: 'text',
    name: 'text',
    shortName: 'text',
    domain: 'text',
    type: 'text',
    parentId: 'text',
    region: 'text',
    note: 'text',
    createdAt: 'text',
    updatedAt: 'text',
  },
  search: ['name', 'shortName', 'type', 'region'],
  orderBy: 't.name COLLATE NOCASE, t.id',
});

export const peopleTable = defineTable({
  name: 'people',
  fields: {
    id: 'text',
    name: 'text',
    function: 'text',
    email: 'text',
    note: 'text',
    createdAt: 'text',
    updatedAt: 'text',
  },
  search: ['name', 'function'],
  orderBy: 't.name COLLATE NOCASE, t.id',
});

export const membershipsTable = defineTable({
  name: 'memberships',
  fields: {
    id: 'text',
    personId: 'text',
    organisationId: 'text',
    role: 'text',
    since: 'text',
    until: 'text',
  },
  search: ['role'],
  orderBy: 't.since, t.id',
});

export const linksTable = defineTable({
  name: 'links',
  fields: {
    id: 'text',
    sourceId: 'text',
    targetId: 'text',
    kind: 'text',
    strength: 'int',
    directed: 'bool',
    since: 'text',
    until: 'text',
    source: 'text',
    recordedBy: 'text',
    confidence: 'text',
    note: 'text',
    surveyId: 'text',
    weight: 'int',
    createdAt: 'text',
    updatedAt: 'text',
  },
  search: ['note', 'kind', 'recordedBy'],
  orderBy: 't.id',
});

export const templatesTable = defineTable({
  name: 'templates',
  fields: { id: 'text', name: 'text', description: 'text', createdAt: 'text', updatedAt: 'text' },
  search: ['name', 'description'],
  orderBy: 't.name COLLATE NOCASE, t.id',
});

export const templateRolesTable = defineTable({
  name: 'template_roles',
  fields: {
    id: 'text',
    templateId: 'text',
    position: 'int',
    label: 'text',
    orgType: 'text',
    domain: 'text',
    minCount: 'int',
  },
  search: ['label'],
  orderBy: 't.position',
});

export const opgavenTable = defineTable({
  name: 'opgaven',
  fields: {
    id: 'text',
    name: 'text',
    description: 'text',
    level: 'text',
    kind: 'text',
    code: 'text',
    status: 'text',
    templateId: 'text',
    region: 'text',
    since: 'text',
    until: 'text',
    createdAt: 'text',
    updatedAt: 'text',
  },
  search: ['name', 'code', 'description', 'region'],
  orderBy: 't.kind, t.name COLLATE NOCASE, t.id',
});

export const participantsTable = defineTable({
  name: 'participants',
  fields: {
    id: 'text',
    opgaveId: 'text',
    actorId: 'text',
    role: 'text',
    since: 'text',
    until: 'text',
    note: 'text',
  },
  search: ['note'],
  orderBy: 't.role, t.id',
});

export const annotationsTable = defineTable({
  name: 'annotations',
  fields: {
    id: 'text',
    targetType: 'text',
    targetId: 'text',
    opgaveId: 'text',
    text: 'text',
    tags: 'json',
    author: 'text',
    isAction: 'bool',
    actionStatus: 'text',
    owner: 'text',
    due: 'text',
    createdAt: 'text',
    updatedAt: 'text',
  },
  search: ['text', 'author', 'owner', 'tags'],
  orderBy: 't.created_at DESC, t.id',
});

export const viewsTable = defineTable({
  name: 'views',
  fields: {
    id: 'text',
    opgaveId: 'text',
    name: 'text',
    caption: 'text',
    positions: 'json',
    filters: 'json',
    styling: 'json',
    createdAt: 'text',
    updatedAt: 'text',
  },
  search: ['name', 'caption'],
  orderBy: 't.name COLLATE NOCASE, t.id',
});

export const presentationsTable = defineTable({
  name: 'presentations',
  fields: {
    id: 'text',
    name: 'text',
    purpose: 'text',
    raad: 'bool',
    steps: 'json',
    createdAt: 'text',
    updatedAt: 'text',
  },
  search: ['name', 'purpose'],
  orderBy: 't.name COLLATE NOCASE, t.id',
});
