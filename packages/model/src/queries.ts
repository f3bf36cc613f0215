import { z } from 'zod';
import { DateSchema, IdSchema, PaginationQuerySchema } from './common.ts';
import {
  ActionStatusSchema,
  AnnotationTargetSchema,
  CodeSchema,
  OpgaveKindSchema,
  OpgaveLevelSchema,
  OpgaveStatusSchema,
} from './vocabulary.ts';

const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const OrganisationListQuerySchema = PaginationQuerySchema.extend({
  domain: CodeSchema.optional(),
  type: z.string().max(80).optional(),
  parentId: IdSchema.optional(),
  region: z.string().max(120).optional(),
}).strict();

export const PersonListQuerySchema = PaginationQuerySchema.extend({
  organisationId: IdSchema.optional(),
  function: z.string().max(120).optional(),
}).strict();

export const LinkListQuerySchema = PaginationQuerySchema.extend({
  actorId: IdSchema.optional(),
  sourceId: IdSchema.optional(),
  targetId: IdSchema.optional(),
  kind: CodeSchema.optional(),
  minStrength: z.coerce.number().int().min(1).max(5).optional(),
  asOf: DateSchema.optional(),
}).strict();

export const OpgaveListQuerySchema = PaginationQuerySchema.extend({
  level: OpgaveLevelSchema.optional(),
  status: OpgaveStatusSchema.optional(),
  kind: OpgaveKindSchema.optional(),
  templateId: IdSchema.optional(),
  actorId: IdSchema.optional(),
}).strict();

export const TemplateListQuerySchema = PaginationQuerySchema.strict();

export const AnnotationListQuerySchema = PaginationQuerySchema.extend({
  targetType: AnnotationTargetSchema.optional(),
  targetId: IdSchema.optional(),
  opgaveId: IdSchema.optional(),
  isAction: booleanParam.optional(),
  actionStatus: ActionStatusSchema.optional(),
  owner: z.string().max(120).optional(),
  tag: z.string().max(40).optional(),
}).strict();

export const ViewListQuerySchema = PaginationQuerySchema.extend({
  opgaveId: IdSchema.optional().describe('"network" for views of the whole network'),
}).strict();

export const DeleteQuerySchema = z.object({ cascade: booleanParam.default(false) }).strict();
