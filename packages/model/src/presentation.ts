import { z } from 'zod';
import { DateSchema } from './common.ts';
import { NetworkLevelSchema, ViewModeSchema } from './network.ts';

export const KeyFiguresQuerySchema = z
  .object({
    asOf: DateSchema.optional().describe('default: today'),
    compareWith: DateSchema.optional().describe('default: a year before asOf'),
  })
  .strict();

export const ChangeQuerySchema = z
  .object({
    from: DateSchema,
    to: DateSchema,
    level: NetworkLevelSchema.default('organisation'),
    hops: z.coerce.number().int().min(0).max(6).default(1),
    view: ViewModeSchema.default('werk'),
    minPeople: z.coerce.number().int().min(1).max(100).default(3),
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
    }),
  ),
  casussen: z.object({ total: z.number().int(), active: z.number().int() }),
});
export type KeyFigures = z.infer<typeof KeyFiguresSchema>;
