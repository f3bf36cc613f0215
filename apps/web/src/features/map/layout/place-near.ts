import type { LayoutEdge, LayoutPosition, LayoutPositions } from './layout-core.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const STEP = 34;
const MIN_DISTANCE = 30;

/** A small stable number from an id, so where a new actor lands does not depend on the order of work. */
function hash(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Places actors that have no position yet near the actors they have ties with, without moving anyone
 * who has one: at the middle of their placed neighbours, then outwards on a spiral to the first free
 * spot. Actors without a placed neighbour (after their new neighbours are placed) go in a row under the
 * drawing. Deterministic: the same positions and ties give the same places.
 */
export function placeNear(
  missing: readonly string[],
  edges: readonly Pick<LayoutEdge, 'source' | 'target'>[],
  known: Readonly<LayoutPositions>,
): LayoutPositions {
  const placed: LayoutPositions = {};
  const at = (id: string): LayoutPosition | undefined => known[id] ?? placed[id];
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of edges) {
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
  }
  // a coarse grid of taken spots, to find a free one quickly
  const cell = (v: number) => Math.floor(v / MIN_DISTANCE);
  const taken = new Map<string, LayoutPosition[]>();
  const take = (p: LayoutPosition) => {
    const key = `${cell(p.x)},${cell(p.y)}`;
    taken.set(key, [...(taken.get(key) ?? []), p]);
  };
  const free = (p: LayoutPosition) => {
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of taken.get(`${cell(p.x) + dx},${cell(p.y) + dy}`) ?? [])
          if (Math.hypot(p.x - q.x, p.y - q.y) < MIN_DISTANCE) return false;
    return true;
  };
  for (const p of Object.values(known)) take(p);
  const spiral = (centre: LayoutPosition, id: string): LayoutPosition => {
    const turn = (hash(id) % 360) * (Math.PI / 180);
    for (let i = 1; i < 400; i++) {
      const r = STEP * Math.sqrt(i);
      const a = turn + i * GOLDEN_ANGLE;
      const p = { x: Math.round(centre.x + r * Math.cos(a)), y: Math.round(centre.y + r * Math.sin(a)) };
      if (free(p)) return p;
    }
    return { x: centre.x + STEP, y: centre.y + STEP };
  };

  let waiting = [...missing].sort();
  // new actors tied only to other new actors are placed once those are
  for (let pass = 0; pass < 8 && waiting.length > 0; pass++) {
    const next: string[] = [];
    for (const id of waiting) {
      const anchors = (neighbours.get(id) ?? []).map(at).filter((p): p is LayoutPosition => !!p);
      if (anchors.length === 0) {
        next.push(id);
        continue;
      }
      const centre = {
        x: anchors.reduce((s, p) => s + p.x, 0) / anchors.length,
        y: anchors.reduce((s, p) => s + p.y, 0) / anchors.length,
      };
      const p = spiral(centre, id);
      placed[id] = p;
      take(p);
    }
    if (next.length === waiting.length) break;
    waiting = next;
  }
  if (waiting.length > 0) {
    const all = [...Object.values(known), ...Object.values(placed)];
    const x0 = all.length ? Math.min(...all.map((p) => p.x)) : 0;
    const y0 = all.length ? Math.max(...all.map((p) => p.y)) + 2 * STEP : 0;
    const perRow = Math.max(4, Math.ceil(Math.sqrt(waiting.length)));
    waiting.forEach((id, i) => {
      const p = { x: x0 + (i % perRow) * 2 * STEP, y: y0 + Math.floor(i / perRow) * 2 * STEP };
      placed[id] = p;
      take(p);
    });
  }
  return placed;
}
