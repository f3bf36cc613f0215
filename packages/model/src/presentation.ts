import { z } from 'zod';
import { DateSchema } from './common.ts';
import { MinPeopleSchema, NetworkLevelSchema, ViewModeSchema } from './network.ts';

export const KeyFiguresQuerySchema = z
  .object({
    asOf: DateSchema.optional().describe('default: today'),
    compareWith: DateSchema.optional().describe('default: a year before asOf'),
    format: z.enum(['json', 'csv']).optional().describe('csv: a spreadsheet for the council (default: json)'),
  })
  .strict();

export const ChangeQuerySchema = z
  .object({
    from: DateSchema,
    to: DateSchema,
    level: NetworkLevelSchema.default('organisation'),
    hops: z.coerce.number().int().min(0).max(6).default(1),
    view: ViewModeSchema.default('werk'),
    minPeople: MinPeopleSchema,
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: '"from" ligt na "to"', path: ['to'] });
export type ChangeQuery = z.infer<typeof ChangeQuerySchema>;

/** The figures a council understands, at one moment. */
export const FiguresSchema = z.object({
  date: z.string(),
  partners: z.number().int().describe('organisations with at least one tie'),
  partnersPerDomain: z.array(z.object({ domain: z.string(), label: z.string(), partners: z.number().int() })),
  ties: z.number().int().describe('ties between organisations (folded)'),
  crossDomainTies: z.number().int(),
  brokers: z.number().int().describe('organisations tied to two or more other domains'),
  density: z.number(),
  components: z.number().int(),
  singlePointsOfFailure: z.array(z.string()).describe('organisations whose loss splits the network'),
});
export type Figures = z.infer<typeof FiguresSchema>;

export const KeyFiguresSchema = z.object({
  now: FiguresSchema,
  before: FiguresSchema,
  singlePointsOfFailureResolved: z.number().int(),
  singlePointsOfFailureNew: z.number().int(),
  opgaven: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      level: z.string(),
      requiredRoles: z.number().int(),
      presentRoles: z.number().int(),
      share: z
        .number()
        .nullable()
        .describe('share of required partners present, 0..1; null without a template'),
      missingRoles: z
        .array(z.string())
        .optional()
        .describe("the template roles no participant fills, by their label (e.g. 'Gemeente')"),
    }),
  ),
  casussen: z.object({ total: z.number().int(), active: z.number().int() }),
});
export type KeyFigures = z.infer<typeof KeyFiguresSchema>;

// ---------------------------------------------------------------- presentation (a sequence of saved views)

export const PresentationStepSchema = z
  .object({
    viewId: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'verwacht het id van een opgeslagen weergave'),
    title: z.string().trim().min(1, 'mag niet leeg zijn').max(200),
    caption: z.string().trim().max(4000).nullish(),
  })
  .strict();
export type PresentationStep = z.infer<typeof PresentationStepSchema>;

const presentationFields = {
  name: z.string().trim().min(1, 'mag niet leeg zijn').max(200),
  purpose: z
    .string()
    .trim()
    .max(500)
    .nullish()
    .describe('doel, in de voettekst: bijv. "Jaarverslag aan de gemeenteraad"'),
  raad: z.boolean().describe('toon en exporteer in de raadsversie'),
  steps: z.array(PresentationStepSchema).max(100),
};
export const PresentationCreateSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/)
      .optional(),
    ...presentationFields,
    raad: presentationFields.raad.default(true),
    steps: presentationFields.steps.default([]),
  })
  .strict();
export type PresentationCreate = z.infer<typeof PresentationCreateSchema>;
export const PresentationUpdateSchema = z.object(presentationFields).partial().strict();
export type PresentationUpdate = z.infer<typeof PresentationUpdateSchema>;
export const PresentationSchema = z.object({
  id: z.string(),
  name: z.string(),
  purpose: z.string().nullable(),
  raad: z.boolean(),
  steps: z.array(
    z.object({ viewId: z.string(), title: z.string(), caption: z.string().nullable().optional() }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Presentation = z.infer<typeof PresentationSchema>;
export const PresentationListQuerySchema = z
  .object({
    q: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

// ---------------------------------------------------------------- change over time (GET /api/change)

const TieChangeSchema = z.object({
  source: z.string(),
  target: z.string(),
  sourceLabel: z.string(),
  targetLabel: z.string(),
  before: z.number(),
  after: z.number(),
});
const DeltaSchema = z.object({ before: z.number(), after: z.number(), change: z.number() });

/** Who joined and left, which ties came and went, and the figures side by side, between two dates. */
export const ChangeSchema = z.object({
  from: z.string(),
  to: z.string(),
  level: NetworkLevelSchema,
  view: ViewModeSchema,
  opgaveId: z.string().nullable(),
  summary: z.object({
    nodes: DeltaSchema,
    ties: DeltaSchema,
    actorsJoined: z.number().int(),
    actorsLeft: z.number().int(),
    tiesAdded: z.number().int(),
    tiesRemoved: z.number().int(),
    tiesStrengthened: z.number().int(),
    tiesWeakened: z.number().int(),
  }),
  actors: z.object({
    joined: z.array(z.object({ id: z.string(), label: z.string() })),
    left: z.array(z.object({ id: z.string(), label: z.string() })),
  }),
  ties: z.object({
    added: z.array(TieChangeSchema),
    removed: z.array(TieChangeSchema),
    strengthened: z.array(TieChangeSchema),
    weakened: z.array(TieChangeSchema),
  }),
  figures: z.object({ before: FiguresSchema, after: FiguresSchema }),
});
export type Change = z.infer<typeof ChangeSchema>;
