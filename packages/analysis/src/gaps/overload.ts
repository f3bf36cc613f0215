/**
 * Overload index. For each actor, three loads are compared with the busiest tenth of the network:
 *
 *   overload = ( opgaven / P90(opgaven) + degree / P90(degree) + betweenness / P90(betweenness) ) / 3
 *
 * where P90 is the 90th percentile over all actors (a component whose P90 is 0 is left out, and the
 * mean is taken over the remaining components). 1.0 means "as busy as the busiest tenth on every
 * count"; the default threshold flags actors at 1.5 or more. The index names which load drives it.
 */
export interface OverloadInput {
  opgaven: Record<string, number>;
  degree: Record<string, number>;
  betweenness: Record<string, number>;
}

export interface OverloadEntry {
  id: string;
  index: number;
  opgaven: number;
  degree: number;
  betweenness: number;
  /** the component that contributes most */
  driver: 'opgaven' | 'degree' | 'betweenness';
  flagged: boolean;
}

export const DEFAULT_OVERLOAD_THRESHOLD = 1.5;

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export function overload(input: OverloadInput, options: { threshold?: number } = {}): OverloadEntry[] {
  const threshold = options.threshold ?? DEFAULT_OVERLOAD_THRESHOLD;
  const ids = Object.keys(input.degree);
  const keys = ['opgaven', 'degree', 'betweenness'] as const;
  const p90 = Object.fromEntries(
    keys.map((k) => [
      k,
      percentile(
        ids.map((id) => input[k][id] ?? 0),
        90,
      ),
    ]),
  ) as Record<(typeof keys)[number], number>;
  const active = keys.filter((k) => p90[k] > 0);
  return ids
    .map((id) => {
      const parts = active.map((k) => [k, (input[k][id] ?? 0) / p90[k]] as const);
      const index = parts.length ? parts.reduce((sum, [, v]) => sum + v, 0) / parts.length : 0;
      const driver = (parts.reduce(
        (best, cur) => (cur[1] > best[1] ? cur : best),
        parts[0] ?? ['degree', 0],
      )[0] ?? 'degree') as OverloadEntry['driver'];
      return {
        id,
        index,
        opgaven: input.opgaven[id] ?? 0,
        degree: input.degree[id] ?? 0,
        betweenness: input.betweenness[id] ?? 0,
        driver,
        flagged: index >= threshold,
      };
    })
    .sort((a, b) => b.index - a.index || a.id.localeCompare(b.id));
}
