import { z } from 'zod';
import { NetworkQuerySchema } from './network.ts';

/** Query parameters of `GET /api/analysis` and `GET /api/opgaven/:id/analysis`: the network's, plus these. */
export const AnalysisQuerySchema = NetworkQuerySchema.extend({
  groupBy: z.enum(['domain', 'type', 'organisationId', 'region']).default('domain'),
  overloadThreshold: z.coerce.number().min(0).max(100).default(1.5),
  suggestions: z.coerce.number().int().min(0).max(100).default(10),
}).strict();
export type AnalysisQuery = z.infer<typeof AnalysisQuerySchema>;

export const BrokerageRolesSchema = z.object({
  coordinator: z.number(),
  consultant: z.number(),
  representative: z.number(),
  gatekeeper: z.number(),
  liaison: z.number(),
  total: z.number(),
});

/** Per-node metrics: the pinned shape of the command line's and the API's output. */
export const NodeMetricsSchema = z.object({
  degree: z.number(),
  degreeCentrality: z.number(),
  strength: z.number(),
  betweenness: z.number(),
  closeness: z.number(),
  harmonic: z.number(),
  eigenvector: z.number().nullable(),
  pagerank: z.number().nullable(),
  constraint: z.number().nullable(),
  effectiveSize: z.number().nullable(),
  efficiency: z.number().nullable(),
  hierarchy: z.number().nullable(),
  coreNumber: z.number(),
  articulationPoint: z.boolean(),
  community: z.number(),
  brokerage: BrokerageRolesSchema.optional(),
});
export type NodeMetrics = z.infer<typeof NodeMetricsSchema>;

export const GraphMetricsSchema = z.object({
  nodes: z.number(),
  edges: z.number(),
  directed: z.boolean(),
  density: z.number(),
  components: z.number(),
  transitivity: z.number(),
});

const ref = z.object({ id: z.string(), label: z.string() });

export const InsightsSchema = z.object({
  brokers: z.array(
    ref.extend({
      brokerage: BrokerageRolesSchema,
      /** liaison + gatekeeper + representative: brokerage that crosses groups */
      crossGroup: z.number(),
      betweenness: z.number(),
      group: z.string().nullable(),
      /** groups among the actor's contacts, other than its own */
      bridgesGroups: z.array(z.string()),
      articulationPoint: z.boolean(),
    }),
  ),
  singlePointsOfFailure: z.object({
    articulationPoints: z.array(
      ref.extend({ cutOff: z.number().describe('actors cut off from the largest part') }),
    ),
    bridges: z.array(z.tuple([z.string(), z.string()])),
    singlePersonTies: z.array(
      z.object({ organisations: z.tuple([z.string(), z.string()]), person: z.string(), ties: z.number() }),
    ),
  }),
  overloaded: z.array(
    ref.extend({
      index: z.number(),
      opgaven: z.number(),
      degree: z.number(),
      betweenness: z.number(),
      driver: z.enum(['opgaven', 'degree', 'betweenness']),
      flagged: z.boolean(),
    }),
  ),
  missingPartners: z
    .object({
      templateId: z.string(),
      roles: z.array(
        z.object({
          roleId: z.string().nullable(),
          label: z.string(),
          status: z.enum(['missing', 'below-minimum', 'single-person', 'filled']),
          participants: z.array(z.string()),
          organisations: z.array(z.string()),
          isolated: z.array(z.string()),
        }),
      ),
      missing: z.array(z.string()),
      singlePerson: z.array(z.string()),
      isolated: z.array(z.string()),
      coverage: z.number(),
    })
    .nullable(),
  unlinkedCoParticipants: z.array(
    z.object({ organisations: z.tuple([z.string(), z.string()]), labels: z.tuple([z.string(), z.string()]) }),
  ),
  suggestedTies: z.array(
    z.object({
      source: z.string(),
      target: z.string(),
      score: z.number(),
      shared: z.array(z.object({ id: z.string(), degree: z.number(), contribution: z.number() })),
      explanation: z.string(),
    }),
  ),
});
export type Insights = z.infer<typeof InsightsSchema>;

const GroupValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** Ties per pair of groups, observed against expected under random mixing (analysis `tieMatrix`). */
export const TieMatrixSchema = z.object({
  attribute: z.string(),
  directed: z.boolean(),
  groups: z.array(GroupValueSchema),
  sizes: z.array(z.number()),
  ties: z.number(),
  observed: z.array(z.array(z.number())),
  expected: z.array(z.array(z.number())),
  ratio: z.array(z.array(z.number().nullable())),
});
export type TieMatrix = z.infer<typeof TieMatrixSchema>;

/** Krackhardt and Stern's E-I index, overall and per group (analysis `eiIndex`). */
export const EiIndexSchema = z.object({
  attribute: z.string(),
  overall: z.number().nullable(),
  internal: z.number(),
  external: z.number(),
  groups: z.array(
    z.object({
      group: GroupValueSchema,
      size: z.number(),
      internal: z.number(),
      external: z.number(),
      index: z.number().nullable(),
    }),
  ),
});
export type EiIndex = z.infer<typeof EiIndexSchema>;

export const AnalysisGroupsSchema = z.object({
  attribute: z.string(),
  tieMatrix: TieMatrixSchema,
  eiIndex: EiIndexSchema,
});
export type AnalysisGroups = z.infer<typeof AnalysisGroupsSchema>;

export const AnalysisSchema = z.object({
  meta: z.object({
    level: z.enum(['person', 'organisation']),
    asOf: z.string().nullable(),
    hops: z.number().nullable(),
    opgaveId: z.string().nullable(),
    groupBy: z.string(),
    computedAt: z.string(),
    durationMs: z.number(),
    cached: z.boolean(),
  }),
  graph: GraphMetricsSchema,
  nodes: z.record(z.string(), NodeMetricsSchema),
  articulationPoints: z.array(z.string()),
  bridges: z.array(z.tuple([z.string(), z.string()])),
  communities: z.object({ count: z.number(), modularity: z.number(), seed: z.number() }),
  groups: AnalysisGroupsSchema.optional().describe(
    'tie matrix (observed vs expected) and E-I index per group',
  ),
  insights: InsightsSchema,
});
export type Analysis = z.infer<typeof AnalysisSchema>;

/** Query parameters of `GET /api/what-if` and `GET /api/opgaven/:id/what-if`. */
export const WhatIfQuerySchema = NetworkQuerySchema.extend({
  remove: z
    .string()
    .max(4000)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().min(1).max(64)).max(100))
    .default([])
    .describe('actor ids to take out, comma-separated'),
  k: z.coerce
    .number()
    .int()
    .min(0)
    .max(10)
    .default(0)
    .describe('also find the k actors whose loss hurts most'),
  groupBy: z.enum(['domain', 'type', 'region']).default('domain'),
}).strict();
export type WhatIfQuery = z.infer<typeof WhatIfQuerySchema>;
