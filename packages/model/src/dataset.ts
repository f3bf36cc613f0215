import { z } from 'zod';
import { DateSchema, IdSchema, PERIOD_MESSAGE, periodIsOrdered } from './common.ts';
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
 * Who may see a casus, in a backup: a person of the network, or an account by its user name (accounts
 * are not part of a backup; an import finds them by name). Only a casus has a team.
 */
export const DatasetTeamEntrySchema = z
  .object({
    personId: IdSchema.optional(),
    username: z.string().trim().min(1).max(100).optional(),
    since: DateSchema.nullish(),
    until: DateSchema.nullish(),
  })
  .strict()
  .refine((m) => (m.personId === undefined) !== (m.username === undefined), {
    message: 'noem precies één van personId (een persoon) of username (een account)',
    path: ['personId'],
  })
  .refine(periodIsOrdered, PERIOD_MESSAGE);
export type DatasetTeamEntry = z.infer<typeof DatasetTeamEntrySchema>;

/**
 * An opgave in a backup, with its participants and (a casus) its team. A backup without `team`
 * leaves a stored casus's team as it is.
 */
export const DatasetOpgaveSchema = OpgaveCreateSchema.extend({
  participants: z.array(ParticipantCreateSchema).default([]),
  team: z.array(DatasetTeamEntrySchema).optional(),
});

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
    opgaven: z.array(DatasetOpgaveSchema).default([]),
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

/** What the API and the command line import and export: the text formats plus Excel workbooks. */
export const TRANSFER_FORMATS = [...IMPORT_FORMATS, 'xlsx'] as const;
export const TransferFormatSchema = z.enum(TRANSFER_FORMATS);
export type TransferFormat = z.infer<typeof TransferFormatSchema>;

export const ImportNodesSchema = z
  .enum(['organisation', 'person'])
  .describe('what a node without a kind becomes: an organisation (default) or a person');

export const ImportQuerySchema = z
  .object({
    format: TransferFormatSchema,
    dryRun: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    nodes: ImportNodesSchema.default('organisation'),
    fileName: z.string().trim().max(200).optional().describe('the file name, shown in the list of imports'),
    choices: z
      .string()
      .max(100_000)
      .optional()
      .describe(
        'JSON object: per name in the file, "new" to create it or the id of an existing person or organisation',
      ),
  })
  .strict();

/** What the user chose for an unknown or ambiguous name: create it, or use an existing record. */
export const ImportChoicesSchema = z.record(z.string().max(200), z.union([z.literal('new'), IdSchema]));
export type ImportChoices = z.infer<typeof ImportChoicesSchema>;

export const ExportQuerySchema = z
  .object({
    format: TransferFormatSchema,
    entity: z.enum(['all', 'organisations', 'people', 'links']).default('all'),
    view: ViewModeSchema.default('werk').describe('raad: export the redacted council version of the network'),
    asOf: DateSchema.optional(),
    minPeople: MinPeopleSchema,
  })
  .strict();

export const IMPORT_ACTIONS = ['create', 'update', 'unchanged', 'reject'] as const;

export const ImportRowSchema = z.object({
  entity: z.string(),
  row: z
    .number()
    .int()
    .describe('row (CSV, Excel), element index (XML) or array index (JSON), counted from 1'),
  id: z.string().nullable(),
  label: z.string().nullable().describe('the record by name, e.g. "Politie – GGD" for a tie'),
  action: z.enum(IMPORT_ACTIONS),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const ImportCandidateSchema = z.object({
  id: z.string(),
  kind: z.enum(['person', 'organisation']),
  name: z.string(),
  organisation: z.string().nullable().describe('for a person: the organisations they belong to'),
});
export type ImportCandidate = z.infer<typeof ImportCandidateSchema>;

/** A name in the file that matches no record (`unknown`) or more than one (`ambiguous`). */
export const ImportNameSchema = z.object({
  name: z.string(),
  status: z.enum(['unknown', 'ambiguous']),
  kind: z.enum(['person', 'organisation']).describe('what an unknown name becomes when created'),
  rows: z.array(z.object({ entity: z.string(), row: z.number().int() })),
  candidates: z.array(ImportCandidateSchema),
  choice: z.string().nullable().describe('the choice applied: "new", an id, or none'),
});
export type ImportName = z.infer<typeof ImportNameSchema>;

const TallySchema = z.object({
  create: z.number(),
  update: z.number(),
  reject: z.number(),
  unchanged: z.number(),
});

export const ImportReportSchema = z.object({
  dryRun: z.boolean(),
  format: TransferFormatSchema,
  applied: z.boolean(),
  summary: z.record(z.string(), TallySchema),
  rows: z.array(ImportRowSchema),
  /** Rows left out of `rows` for a large file (only the first rejected rows are listed then). */
  omittedRows: z.number().int().optional(),
  names: z.array(ImportNameSchema).optional(),
  notes: z.array(z.string()).optional().describe('Dutch sentences about how the file was read'),
  importId: z.string().optional().describe('undo with DELETE /api/imports/{importId}'),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const CHANGE_SET_KINDS = ['import', 'merge', 'survey'] as const;

/** One recorded change set (an import, a merge, a survey's result applied) that can be undone as a whole. */
export const ChangeSetSchema = z.object({
  id: z.string(),
  kind: z.enum(CHANGE_SET_KINDS),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  fileName: z.string().nullable(),
  format: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()),
  undoneAt: z.string().nullable(),
});
export type ChangeSet = z.infer<typeof ChangeSetSchema>;

export const MergeBodySchema = z
  .object({ into: IdSchema.describe('the record that stays; the other one is merged into it') })
  .strict();

export const MergeResultSchema = z.object({
  into: z.string(),
  removed: z.string(),
  moved: z.record(z.string(), z.number()),
  importId: z.string().describe('undo with DELETE /api/imports/{importId}'),
  undo: z.string(),
});
export type MergeResult = z.infer<typeof MergeResultSchema>;
