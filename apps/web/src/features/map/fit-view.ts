import type { Core, Position } from 'cytoscape';

/** Room per side of the map's canvas, in screen pixels. */
export type Insets = { top: number; right: number; bottom: number; left: number };
type Side = keyof Insets;

/** Attribute of a panel laid over a map (caption, legend, replay controls): a fit leaves room for it. */
export const MAP_OVERLAY = 'data-map-overlay';
/** Room around the drawing after a fit, in screen pixels. */
export const FIT_PADDING = 24;
/** A label hangs under its node (up to two lines) and wider than it: extra room on those sides. */
const LABEL_ROOM: Insets = { top: 0, right: 24, bottom: 22, left: 24 };
/** An overlay that would take more than this share of the canvas to clear is left lying over it. */
const MAX_OVERLAY_SHARE = 0.4;
/** An organisation box's padding and title, as the map draws them (map-style.ts). */
const GROUP_MARGIN = 40;

/**
 * How far panels laid over the map (elements with `data-map-overlay` beside the canvas, in the
 * map's frame) reach into the canvas, per side: each is cleared from the side that costs least
 * (a caption along the top from the top, a legend along the bottom from the bottom).
 */
export function overlayInsets(cy: Core): Insets {
  const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  const container = cy.container();
  const frame = container?.closest('.workbench-main') ?? container?.parentElement;
  if (!container || !frame) return insets;
  const c = container.getBoundingClientRect();
  for (const overlay of frame.querySelectorAll<HTMLElement>(`[${MAP_OVERLAY}]`)) {
    const r = overlay.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right <= c.left || r.left >= c.right || r.bottom <= c.top || r.top >= c.bottom) continue;
    const need: Insets = {
      top: r.bottom - c.top,
      bottom: c.bottom - r.top,
      left: r.right - c.left,
      right: c.right - r.left,
    };
    const side = (Object.keys(need) as Side[]).reduce((a, b) => (need[a] <= need[b] ? a : b));
    const span = side === 'top' || side === 'bottom' ? c.height : c.width;
    if (need[side] > span * MAX_OVERLAY_SHARE) continue;
    insets[side] = Math.max(insets[side], Math.ceil(need[side]));
  }
  return insets;
}

/**
 * The zoom and pan that show every actor (at `positions` where given, else where it stands) in the
 * part of the canvas that no overlay covers, with room for the labels under the lowest nodes.
 * Measures positions and sizes only, not labels (fast on a large map). Null when there is nothing to fit.
 */
export function fitViewport(
  cy: Core,
  positions?: Readonly<Record<string, Position>>,
): { zoom: number; pan: Position } | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  const margin = cy.nodes('[?group]').nonempty() ? GROUP_MARGIN : 0;
  cy.nodes().forEach((node) => {
    // a group box follows its members; a replay hides (class `hidden`) what is not there that day
    if (node.data('group') || node.hasClass('hidden')) return;
    const { x, y } = positions?.[node.id()] ?? node.position();
    const half = Number(node.data('size') ?? 18) / 2 + margin;
    x1 = Math.min(x1, x - half);
    x2 = Math.max(x2, x + half);
    y1 = Math.min(y1, y - half);
    y2 = Math.max(y2, y + half);
  });
  if (!Number.isFinite(x1)) return null;
  const overlays = overlayInsets(cy);
  const pad = (side: Side) => FIT_PADDING + LABEL_ROOM[side] + overlays[side];
  let [top, right, bottom, left] = [pad('top'), pad('right'), pad('bottom'), pad('left')];
  const width = cy.width();
  const height = cy.height();
  // a tiny canvas (a phone turned sideways) keeps the drawing rather than the room around it
  if (width - left - right < width / 3) [left, right] = [FIT_PADDING / 2, FIT_PADDING / 2];
  if (height - top - bottom < height / 3) [top, bottom] = [FIT_PADDING / 2, FIT_PADDING / 2];
  const w = width - left - right;
  const h = height - top - bottom;
  if (w <= 0 || h <= 0) return null;
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min(w / Math.max(1, x2 - x1), h / Math.max(1, y2 - y1))),
  );
  return {
    zoom,
    pan: { x: left + w / 2 - (zoom * (x1 + x2)) / 2, y: top + h / 2 - (zoom * (y1 + y2)) / 2 },
  };
}

/** Fits the view to the actors, clear of the panels laid over the map ("Passend maken", first open). */
export function fitView(
  cy: Core,
  { positions, animate = false }: { positions?: Readonly<Record<string, Position>>; animate?: boolean } = {},
): void {
  const viewport = fitViewport(cy, positions);
  if (!viewport) return;
  if (animate && !window.matchMedia('(prefers-reduced-motion: reduce)').matches)
    cy.animate(viewport, { duration: 400 });
  else cy.viewport(viewport);
}
