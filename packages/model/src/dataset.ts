import { z } from 'zod';
import { DateSchema } from './common.ts';
import {
  AnnotationCreateSchema,
  LinkCreateSchema,
  OpgaveCreateSchema,
  OrganisationCreateSchema,
  ParticipantCreateSchema,
  PersonCreateSchema,
  TemplateCreateSchema,
  ViewCreateSchema,
} from './entities.ts';
import { MinPeopleSchema, ViewModeSchema } from './network.ts';
import { PresentationCreateSchema } from './presentation.ts';
import { VocabularyEntrySchema } from './vocabulary.ts';

/**
 * The full JSON backup, also the shape every importer produces. Children are nested in their
 * parent (memberships in people, roles in templates, participants in opgaven).
 */
export const DatasetSchema = z
  .object({
    format: z.literal('regiekaart').default('regiekaart'),
    version: z.literal(1).default(1),
    exportedAt: z.string().optional(),
    domains: z.array(VocabularyEntrySchema).default([]),
    linkKinds: z.array(VocabularyEntrySchema).default([]),
    organisations: z.array(OrganisationCreateSchema).default([]),
    people: z.array(PersonCreateSchema).default([]),
    links: z.array(LinkCreateSchema).default([]),
    templates: z.array(TemplateCreateSchema).default([]),
    opgaven: z
      .array(OpgaveCreateSchema.extend({ participants: z.array(ParticipantCreateSchema).default([]) }))
      .default([]),
    annotations: z.array(AnnotationCreateSchema).default([]),
    views: z.array(ViewCreateSchema).default([]),
    presentations: z.array(PresentationCreateSchema).default([]),
  })
  .strict();
export type Dataset = z.infer<typeof DatasetSchema>;
export type DatasetInput = z.input<typeof DatasetSchema>;

export const IMPORT_FORMATS = ['csv', 'graphml', 'gexf', 'json'] as const;
export const ImportFormatSchema = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormatSchema>;

export const ImportQuerySchema = z
  .object({
    format: ImportFormatSchema,
    dryRun: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .strict();

export const ExportQuerySchema = z
  .object({
    format: ImportFormatSchema,
    entity: z.enum(['all', 'organisations', 'people', 'links']).default('all'),
    view: ViewModeSchema.default('werk').describe('raad: export the redacted council version of the network'),
    asOf: DateSchema.optional(),
    minPeople: MinPeopleSchema,
  })
  .strict();

export const ImportRowSchema = z.object({
  entity: z.string(),
  row: z.number().int().describe('row (CSV), element index (XML) or array index (JSON), counted from 1'),
  id: z.string().nullable(),
  label: z.string().nullable(),
  action: z.enum(['create', 'update', 'reject']),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const ImportReportSchema = z.object({
  dryRun: z.boolean(),
  format: ImportFormatSchema,
  applied: z.boolean(),
  summary: z.record(z.string(), z.object({ create: z.number(), update: z.number(), reject: z.number() })),
  rows: z.array(ImportRowSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
