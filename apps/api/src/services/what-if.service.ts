import { buildGraph, mostDamaging, whatIf } from '@regiekaart/analysis';
import type { WhatIfQuery } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { unprocessable } from '../http/problem.ts';
import { buildNetwork } from './network.service.ts';

/** "What if these actors left?" on the network of the map, and optionally the k most damaging losses. */
export function whatIfAnalysis(
  db: Db,
  query: WhatIfQuery & { opgaveId?: string | undefined },
  hidden: ReadonlySet<string>,
) {
  const { remove, k, groupBy, ...networkQuery } = query;
  const network = buildNetwork(db, networkQuery, hidden);
  const graph = buildGraph(network, { directed: false });
  const unknown = remove.filter((id) => !graph.hasNode(id));
  if (unknown.length) {
    throw unprocessable(
      [{ field: 'remove', message: `niet in dit netwerk: ${unknown.join(', ')}` }],
      'Wie je wilt weghalen staat niet op deze kaart.',
    );
  }
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
