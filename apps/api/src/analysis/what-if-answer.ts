import { buildGraph, mostDamaging, type NetworkInput, whatIf } from '@regiekaart/analysis';

/** What the analysis worker needs for "what if these actors left?" on one network. */
export interface WhatIfInput {
  network: NetworkInput;
  /** actor ids to take out; every one is on the network (the service checks before it asks) */
  remove: readonly string[];
  /** also find the k actors whose loss hurts most (0: not) */
  k: number;
  groupBy: string;
}

/**
 * The answer of `GET /api/what-if`: Borgatti's F and DF before and after, the group pairs that lose
 * their connection, who is cut off, and optionally the k most damaging losses, each actor with its
 * label. Pure (no database), so it runs in the analysis worker.
 */
export function answerWhatIf({ network, remove, k, groupBy }: WhatIfInput) {
  const graph = buildGraph(network, { directed: false });
  const label = (id: string) => String(graph.getNodeAttribute(id, 'label') ?? id);
  const result = whatIf(graph, remove, { groupBy });
  const worst = k > 0 && graph.order > 1 ? mostDamaging(graph, { k: Math.min(k, graph.order - 1) }) : null;
  return {
    ...result,
    removed: remove.map((id) => ({ id, label: label(id) })),
    cutOff: result.cutOff.map((id) => ({ id, label: label(id) })),
    mostDamaging: worst
      ? { ...worst, actors: worst.actors.map((a) => ({ ...a, label: label(a.id) })) }
      : null,
  };
}

export type WhatIfAnswer = ReturnType<typeof answerWhatIf>;
