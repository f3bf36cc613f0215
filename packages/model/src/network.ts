import { z } from 'zod';
import { DateSchema, IdSchema } from './common.ts';
import { ActorKindSchema, ParticipantRoleSchema } from './vocabulary.ts';

/** `werk`: the working view; `raad`: the privacy-safe council version (redacted on the server). */
export const VIEW_MODES = ['werk', 'raad'] as const;
export const ViewModeSchema = z.enum(VIEW_MODES);
export type ViewMode = z.infer<typeof ViewModeSchema>;

export const NETWORK_LEVELS = ['person', 'organisation'] as const;
export const NetworkLevelSchema = z.enum(NETWORK_LEVELS);
export type NetworkLevel = z.infer<typeof NetworkLevelSchema>;

/** raad view: organisations with fewer people than this are folded into "overig". */
export const MinPeopleSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(100)
  .default(3)
  .describe('raad view: organisations with fewer people than this are folded into "overig"');

/** Query parameters of `GET /api/network` and `GET /api/opgaven/:id/network`. */
const codeList = z
  .string()
  .max(1000)
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, "verwacht codes gescheiden door komma's")));

const idList = z
  .string()
  .max(4000)
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(IdSchema));

export const NetworkQuerySchema = z
  .object({
    level: NetworkLevelSchema.default('person'),
    asOf: DateSchema.optional(),
    hops: z.coerce.number().int().min(0).max(6).default(0),
    domain: codeList.optional().describe('only actors in these domains (comma-separated codes)'),
    kind: codeList.optional().describe('only ties of these kinds (comma-separated codes)'),
    minStrength: z.coerce.number().int().min(1).max(5).optional().describe('only ties at least this strong'),
    view: ViewModeSchema.default('werk').describe(
      'raad: the council version, organisations only, no person names or ids, small organisations folded into "overig"',
    ),
    minPeople: MinPeopleSchema,
    organisation: idList
      .optional()
      .describe(
        'only these organisations (and their child teams) and the people in them (comma-separated ids)',
      ),
  })
  .strict();
export type NetworkQuery = z.infer<typeof NetworkQuerySchema>;

export const NetworkNodeSchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: ActorKindSchema,
  domain: z.string().nullable(),
  type: z.string().nullable().optional().describe('organisation type (for a person: of their organisation)'),
  function: z.string().nullable().optional(),
  organisationId: z.string().nullable().optional().describe("a person's organisation on the chosen day"),
  organisationIds: z.array(z.string()).optional(),
  parentId: z.string().nullable().optional(),
  region: z.string().nullable().optional(),
  roles: z.array(ParticipantRoleSchema).optional().describe('roles in the opgave'),
  participant: z.boolean().optional(),
  hop: z.number().int().optional().describe('steps from the nearest participant'),
  memberCount: z.number().int().optional().describe('organisation level: people folded into this node'),
  opgaveCount: z.number().int().optional().describe('opgaven and casussen this actor takes part in'),
});
export type NetworkNode = z.infer<typeof NetworkNodeSchema>;

export const NetworkEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  kind: z.string(),
  strength: z.number(),
  directed: z.boolean(),
  since: z.string().nullable().optional(),
  until: z.string().nullable().optional(),
  kinds: z.array(z.string()).optional().describe('organisation level: all tie kinds folded into this edge'),
  count: z.number().int().optional().describe('organisation level: person-pairs that carry this tie'),
  strengthSum: z.number().optional(),
  linkIds: z.array(z.string()).optional(),
});
export type NetworkEdge = z.infer<typeof NetworkEdgeSchema>;

export const NetworkSchema = z.object({
  nodes: z.array(NetworkNodeSchema),
  edges: z.array(NetworkEdgeSchema),
  meta: z
    .object({
      level: NetworkLevelSchema,
      asOf: z.string().nullable(),
      hops: z.number().int().nullable(),
      opgaveId: z.string().nullable(),
      unassignedPeople: z.number().int().optional(),
      view: ViewModeSchema.optional(),
      folded: z.number().int().optional().describe('raad view: organisations folded into "overig"'),
    })
    .optional(),
});
export type Network = z.infer<typeof NetworkSchema>;

export const NetworkNodeIdSchema = IdSchema;
