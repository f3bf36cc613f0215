import { type AnalyseOptions, type AnalysisResult, analyse } from './analyse.ts';
import { buildGraph, type NetworkInput } from './build-graph.ts';
import {
  type MissingPartnersResult,
  missingPartners,
  type TemplateRoleInput,
} from './gaps/missing-partners.ts';
import { organisationsOf, singlePersonTies, unlinkedCoParticipants } from './gaps/organisation-ties.ts';
import { DEFAULT_OVERLOAD_THRESHOLD, type OverloadEntry, overload } from './gaps/overload.ts';
import type { AnalysisGraph } from './graph.ts';
import { type SuggestedTie, suggestedTies } from './suggested-ties.ts';

export interface InsightsInput {
  /** The network on the map: nodes carry `label`, `kind`, `domain`, `organisationId(s)`, `participant`, `opgaveCount`. */
  network: NetworkInput;
  /** Node attribute for brokerage and the tie matrix; default `'domain'`. */
  groupBy?: string;
  /** The opgave's partner template, when it has one. */
  template?: { id: string; roles: readonly TemplateRoleInput[] } | null;
  /**
   * The wider network (all ties on the day, person level) in which unlinked co-participants are
   * sought; the opgave's own network only holds ties among its participants and their neighbours.
   */
  context?: NetworkInput;
  /** Organisation id -> name, to label organisations that are not nodes of `network`. */
  organisationLabels?: Record<string, string>;
  overloadThreshold?: number;
  suggestions?: number;
  /** Louvain seed (default as in `analyse`). */
  seed?: number;
}

export interface Ref {
  id: string;
  label: string;
}

export interface NetworkInsights {
  brokers: Array<
    Ref & {
      brokerage: NonNullable<AnalysisResult['nodes'][string]['brokerage']>;
      crossGroup: number;
      betweenness: number;
      group: string | null;
      bridgesGroups: string[];
      articulationPoint: boolean;
    }
  >;
  singlePointsOfFailure: {
    articulationPoints: Array<Ref & { cutOff: number }>;
    bridges: Array<[string, string]>;
    singlePersonTies: ReturnType<typeof singlePersonTies>;
  };
  overloaded: Array<Ref & OverloadEntry>;
  missingPartners: (MissingPartnersResult & { templateId: string }) | null;
  unlinkedCoParticipants: Array<{ organisations: [string, string]; labels: [string, string] }>;
  suggestedTies: Array<SuggestedTie & { explanation: string }>;
}

export type NetworkAnalysis = AnalysisResult & { insights: NetworkInsights };

const BROKERS = 10;
const OVERLOADED = 10;
const ARTICULATION_POINTS = 25;

/**
 * How many actors lose touch with the rest of their component when `removed` leaves: the
 * component falls into pieces, and everyone outside the largest piece is cut off.
 */
function cutOff(graph: AnalysisGraph, removed: string): number {
  const seen = new Set<string>([removed]);
  const pieces: number[] = [];
  graph.forEachNeighbor(removed, (start) => {
    if (seen.has(start)) return;
    seen.add(start);
    const stack = [start];
    let size = 0;
    while (stack.length) {
      const node = stack.pop()!;
      size++;
      graph.forEachNeighbor(node, (next) => {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      });
    }
    pieces.push(size);
  });
  return pieces.reduce((sum, size) => sum + size, 0) - Math.max(0, ...pieces);
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

/**
 * Metrics plus what a regisseur asks of them: the brokers between groups, single points of failure,
 * overloaded actors, missing template partners, co-participants who never talk and suggested ties.
 * Pure: the API runs it in a worker thread, the browser may run it in a Web Worker.
 */
export function analyseNetwork(
  input: InsightsInput,
  options: Pick<AnalyseOptions, 'brokerageCredit' | 'pathSums'> = {},
): NetworkAnalysis {
  const groupBy = input.groupBy ?? 'domain';
  const graph = buildGraph(input.network, { directed: false });
  const result = analyse(graph, {
    groupBy,
    brokerageCredit: options.brokerageCredit,
    seed: input.seed,
    // computed elsewhere (the API's worker shares the pass with path workers) for this graph
    ...(options.pathSums ? { pathSums: options.pathSums } : {}),
  });
  const label = (id: string): string => {
    if (graph.hasNode(id)) {
      const l = graph.getNodeAttribute(id, 'label');
      if (typeof l === 'string') return l;
    }
    return input.organisationLabels?.[id] ?? id;
  };
  const groupOf = (id: string) => {
    const g = graph.getNodeAttribute(id, groupBy);
    return g === undefined || g === null ? null : String(g);
  };

  const brokers = Object.entries(result.nodes)
    .filter(([, m]) => m.brokerage !== undefined)
    .map(([id, m]) => {
      const b = m.brokerage!;
      const own = groupOf(id);
      const bridgesGroups = new Set<string>();
      graph.forEachNeighbor(id, (n) => {
        const g = groupOf(n);
        if (g !== null && g !== own) bridgesGroups.add(g);
      });
      return {
        id,
        label: label(id),
        brokerage: b,
        crossGroup: b.total - b.coordinator,
        betweenness: m.betweenness,
        group: own,
        bridgesGroups: [...bridgesGroups].sort(),
        articulationPoint: m.articulationPoint,
      };
    })
    .filter((b) => b.crossGroup > 0)
    .sort((a, b) => b.crossGroup - a.crossGroup || b.betweenness - a.betweenness || a.id.localeCompare(b.id))
    .slice(0, BROKERS);

  const articulationPoints = [...result.articulationPoints]
    .sort(
      (a, b) =>
        (result.nodes[b]?.betweenness ?? 0) - (result.nodes[a]?.betweenness ?? 0) || a.localeCompare(b),
    )
    .slice(0, ARTICULATION_POINTS)
    .map((id) => ({ id, label: label(id), cutOff: cutOff(graph, id) }))
    .sort((a, b) => b.cutOff - a.cutOff || a.id.localeCompare(b.id));

  const opgaven: Record<string, number> = {};
  const degree: Record<string, number> = {};
  const betweenness: Record<string, number> = {};
  for (const [id, m] of Object.entries(result.nodes)) {
    const count = graph.getNodeAttribute(id, 'opgaveCount');
    opgaven[id] = typeof count === 'number' ? count : 0;
    degree[id] = m.degree;
    betweenness[id] = m.betweenness;
  }
  const overloaded = overload(
    { opgaven, degree, betweenness },
    { threshold: input.overloadThreshold ?? DEFAULT_OVERLOAD_THRESHOLD },
  )
    .slice(0, OVERLOADED)
    .map((entry) => ({ ...entry, label: label(entry.id) }));

  const participants = input.network.nodes.filter((n) => n.participant === true);
  const participantOrganisations = [...new Set(participants.flatMap((n) => organisationsOf(n).slice(0, 1)))];
  const unlinked =
    participants.length > 0
      ? unlinkedCoParticipants(participantOrganisations, input.context ?? input.network).map((p) => ({
          organisations: p.organisations,
          labels: [label(p.organisations[0]), label(p.organisations[1])] as [string, string],
        }))
      : [];

  const suggestions = suggestedTies(graph, {
    limit: input.suggestions ?? 10,
    ...(participants.length > 0 ? { among: participants.map((n) => n.id) } : {}),
  }).map((s) => ({
    ...s,
    explanation: `Werken allebei samen met ${listNames(s.shared.slice(0, 3).map((c) => label(c.id)))}${s.shared.length > 3 ? ` en nog ${s.shared.length - 3}` : ''}.`,
  }));

  return {
    ...result,
    insights: {
      brokers,
      singlePointsOfFailure: {
        articulationPoints,
        bridges: result.bridges,
        singlePersonTies: singlePersonTies(input.network),
      },
      overloaded,
      missingPartners: input.template
        ? { templateId: input.template.id, ...missingPartners(input.network, input.template.roles) }
        : null,
      unlinkedCoParticipants: unlinked,
      suggestedTies: suggestions,
    },
  };
}
