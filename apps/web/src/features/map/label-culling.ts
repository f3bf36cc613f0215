import type { Core, NodeSingular } from 'cytoscape';

/** Class of a node whose label is not drawn (it would overlap one that matters more). */
export const LABEL_OFF = 'label-off';
/** The scratch key under which a map keeps its label layer's target (`LabelTarget`), if any. */
export const LABEL_TARGET = '_labelTarget';
/**
 * The view the labels were last placed for, per map. Not in the map's scratch data: setting that
 * on Cytoscape's core marks every element's style for a new computation (7,000 elements restyled
 * after each placement of the labels on a 2,000-person map).
 */
const culledAt = new WeakMap<Core, string>();
/** Where the labels shown at the last placement lie, per map, in model units. */
const shownBoxes = new WeakMap<Core, Box[]>();
/** The boxes (model units) of the labels the last placement showed, for names drawn over the map. */
export function labelBoxesShown(cy: Core): readonly Box[] {
  return shownBoxes.get(cy) ?? [];
}
const viewKey = (cy: Core) => `${cy.zoom()}|${cy.pan().x}|${cy.pan().y}|${cy.width()}|${cy.height()}`;
/** Whether the labels were last placed for the view as it is now (and nothing asked again since). */
export function culledForView(cy: Core): boolean {
  return culledAt.get(cy) === viewKey(cy);
}
/** Class of a node whose label is drawn whatever the others do (hovered, focused). */
export const LABEL_PINNED = 'label-pinned';

export type Box = { x1: number; y1: number; x2: number; y2: number };
type Measured = { width: number; lines: number; text: string[] };

// what the stylesheet gives a label when nothing overrides it (map-style.ts)
const FONT_FAMILY = 'system-ui, sans-serif';
const OUTLINE = 2;
const MARGIN = 3;
/**
 * At most this many labels (the most important) are tried for room: on a large map seen whole, the
 * screen has room for a few hundred and measuring thousands more would only find them no room.
 */
const MAX_TRIED = 1500;

let context: CanvasRenderingContext2D | null | undefined;
const measured = new Map<string, Measured>();
// per node, beside Cytoscape: setting a node's scratch data marks its style for a new computation
const labelBases = new WeakMap<NodeSingular, Base>();
const labelFonts = new WeakMap<NodeSingular, string>();

/** Width and lines of a label wrapped at `maxWidth`, as Cytoscape wraps it (at spaces). */
function measure(text: string, font: string, maxWidth: number): Measured {
  const key = `${font}|${maxWidth}|${text}`;
  const cached = measured.get(key);
  if (cached) return cached;
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  const px = Number.parseFloat(font.split(' ').find((p) => p.endsWith('px')) ?? '9');
  const width = (s: string) => {
    if (!context) return s.length * 0.6 * px;
    context.font = font;
    return context.measureText(s).width;
  };
  const lines: string[] = [];
  let widest = 0;
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > maxWidth) {
      widest = Math.max(widest, width(line));
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  widest = Math.max(widest, width(line));
  lines.push(line);
  const result = { width: widest, lines: lines.length, text: lines };
  if (measured.size > 20_000) measured.clear();
  measured.set(key, result);
  return result;
}

/** A label as the lines Cytoscape draws it in, for exports that draw labels themselves (SVG). */
export function wrapLabel(text: string, fontSize: number, bold: boolean, maxWidth: number): string[] {
  return measure(text, `${bold ? 'bold' : 'normal'} ${fontSize}px ${FONT_FAMILY}`, maxWidth).text;
}

/**
 * How large a label is in the drawing (model units) at a zoom level: zoomed out, labels keep their
 * size on screen (so they stay readable and fewer fit); zoomed in, they grow more slowly than the
 * drawing, so more of them fit the closer one looks.
 */
export function labelScale(zoom: number): number {
  return zoom < 1 ? 1 / zoom : 1 / Math.sqrt(zoom);
}

type Base = { fontSize: number; weight: string; maxWidth: number; marginY: number; valign: string };

/**
 * Where a large map's labels go instead of its stylesheet (label-layer.ts): the actors' labels that
 * show are handed to `show`, and `keep` is told which nodes only change their `label-off` class.
 */
export type LabelTarget = {
  /** `dx`: how far (model units) a label is moved sideways to stay in view */
  show(labels: { node: NodeSingular; base: Base; dx: number }[]): void;
  keep(nodes: cytoscape.Collection): void;
};

function baseOf(node: NodeSingular): Base {
  const cached = labelBases.get(node);
  if (cached) return cached;
  const base: Base = {
    fontSize: node.numericStyle('font-size'),
    weight: String(node.style('font-weight')),
    maxWidth: node.numericStyle('text-max-width'),
    marginY: node.numericStyle('text-margin-y'),
    valign: String(node.style('text-valign')),
  };
  labelBases.set(node, base);
  return base;
}

/** Where a node's label would lie, with room for its white outline, in model units. */
function labelBox(node: NodeSingular, base: Base, scale: number): Box | null {
  const text = String(node.data('label') ?? '');
  if (!text) return null;
  const size = base.fontSize * scale;
  const font = `${base.weight} ${base.fontSize}px ${FONT_FAMILY}`;
  const { width, lines } = measure(text, font, base.maxWidth);
  const w = width * scale + 2 * (OUTLINE + MARGIN) * scale;
  const h = lines * size * 1.25 + 2 * (OUTLINE + MARGIN) * scale;
  const { x, y } = node.position();
  if (node.isParent()) {
    const box = node.boundingBox({ includeLabels: false, includeOverlays: false });
    const bottom = box.y1 + base.marginY * scale;
    return { x1: x - w / 2, x2: x + w / 2, y1: bottom - h, y2: bottom };
  }
  const top = y + node.outerHeight() / 2 + base.marginY * scale - (OUTLINE + MARGIN) * scale;
  return { x1: x - w / 2, x2: x + w / 2, y1: top, y2: top + h };
}

/**
 * How far (model units) to move a label sideways so that it lies inside the view, for a node whose
 * centre is in view; 0 where it fits, or where it is wider than the view (then it stays centred).
 */
function intoView(box: Box, x: number, view: { x1: number; x2: number }): number {
  if (x < view.x1 || x > view.x2 || box.x2 - box.x1 > view.x2 - view.x1) return 0;
  if (box.x1 < view.x1) return view.x1 - box.x1;
  if (box.x2 > view.x2) return view.x2 - box.x2;
  return 0;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The order in which labels claim room: pinned (hovered, focused) first, then the selection and
 * what it highlights, organisation boxes, core partners and participants, then by size on the map
 * (the sizing metric), number of ties and id.
 */
/**
 * Each node's ties other than loops, as `node.degree(false)` counts them, in one pass over the ties:
 * Cytoscape's own count builds two collections per tie (~40 ms for a 2,000-person map).
 */
function degrees(cy: Core): Map<string, number> {
  const counts = new Map<string, number>();
  cy.edges().forEach((edge) => {
    const source = String(edge.data('source'));
    const target = String(edge.data('target'));
    if (source === target) return;
    counts.set(source, (counts.get(source) ?? 0) + 1);
    counts.set(target, (counts.get(target) ?? 0) + 1);
  });
  return counts;
}

function rank(node: NodeSingular, degree: ReadonlyMap<string, number>): number[] {
  const size = Number(node.data('size') ?? 0);
  return [
    node.hasClass(LABEL_PINNED) ? 0 : 1,
    node.selected() ? 0 : 1,
    node.hasClass('highlighted') ? 0 : 1,
    node.hasClass('faded') ? 1 : 0,
    node.isParent() ? 0 : 1,
    node.hasClass('regisseur') || node.hasClass('kernpartner') ? 0 : 1,
    node.hasClass('participant') ? 0 : 1,
    node.data('kind') === 'organisation' ? 0 : 1,
    -size,
    -(degree.get(node.id()) ?? 0),
  ];
}

function compare(a: { rank: number[]; id: string }, b: { rank: number[]; id: string }): number {
  for (let i = 0; i < a.rank.length; i++) {
    const d = (a.rank[i] ?? 0) - (b.rank[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Shows the labels that matter and hides those that would overlap them: labels claim room in order of
 * importance (see `rank`) and one that would touch a label already placed is not drawn. Only nodes in
 * view compete (the first MAX_TRIED of them), so zooming in reveals more. Labels that are shown get a
 * size for the zoom level (`labelScale`), set as a style bypass so the stylesheet (also a presenter's
 * larger fonts) stays the base; on a map with a label layer (`target`, by default the one the map
 * keeps under LABEL_TARGET; null: none) the actors' labels are handed to that layer instead and only
 * the `label-off` class marks them. Returns how many labels are shown.
 */
export function cullLabels(cy: Core, target?: LabelTarget | null): number {
  const layer = target === undefined ? (cy.scratch(LABEL_TARGET) as LabelTarget | null | undefined) : target;
  culledAt.set(cy, viewKey(cy));
  const scale = labelScale(cy.zoom());
  const view = cy.extent();
  const marginX = view.w * 0.05;
  const marginY = view.h * 0.05;
  const inView = (node: NodeSingular) => {
    const { x, y } = node.position();
    return (
      x >= view.x1 - marginX && x <= view.x2 + marginX && y >= view.y1 - marginY && y <= view.y2 + marginY
    );
  };
  const candidates: { node: NodeSingular; rank: number[]; id: string }[] = [];
  const off: NodeSingular[] = [];
  const degree = degrees(cy);
  cy.nodes('[label]').forEach((node) => {
    if (node.removed() || !node.visible()) return;
    if (inView(node) || node.isParent()) candidates.push({ node, rank: rank(node, degree), id: node.id() });
    else off.push(node);
  });
  candidates.sort(compare);

  const cellSize = 120 * scale;
  const grid = new Map<string, Box[]>();
  const cells = (b: Box) => {
    const keys: string[] = [];
    for (let cx = Math.floor(b.x1 / cellSize); cx <= Math.floor(b.x2 / cellSize); cx++)
      for (let cy_ = Math.floor(b.y1 / cellSize); cy_ <= Math.floor(b.y2 / cellSize); cy_++)
        keys.push(`${cx},${cy_}`);
    return keys;
  };
  const on: { node: NodeSingular; base: Base; dx: number }[] = [];
  const boxes: Box[] = [];
  shownBoxes.set(cy, boxes);
  for (const [i, { node }] of candidates.entries()) {
    if (i >= MAX_TRIED) {
      off.push(node);
      continue;
    }
    const base = baseOf(node);
    const placed = labelBox(node, base, scale);
    if (!placed) continue;
    // an actor in view whose name would run off the side of the map (a narrow phone screen) has
    // its name moved sideways into view rather than cut off at the edge
    const dx = node.isParent() ? 0 : intoView(placed, node.position().x, view);
    const box = dx === 0 ? placed : { ...placed, x1: placed.x1 + dx, x2: placed.x2 + dx };
    // ... and an actor just outside the view shows no name cut off by the edge
    const x = node.position().x;
    if (!node.isParent() && (x < view.x1 || x > view.x2) && (box.x1 < view.x1 || box.x2 > view.x2)) {
      off.push(node);
      continue;
    }
    const keys = cells(box);
    const free = keys.every((key) => !(grid.get(key) ?? []).some((other) => overlaps(box, other)));
    if (!free) {
      off.push(node);
      continue;
    }
    for (const key of keys) grid.set(key, [...(grid.get(key) ?? []), box]);
    boxes.push(box);
    on.push({ node, base, dx });
  }

  if (layer) {
    // the actors' labels are drawn by the layer; only which ones show is marked on the nodes, which
    // does not change their look (the stylesheet gives them no label), so Cytoscape keeps its picture
    const toggled = cy.collection();
    for (const node of off) if (!node.hasClass(LABEL_OFF)) toggled.merge(node);
    for (const { node } of on) if (node.hasClass(LABEL_OFF) && !node.isParent()) toggled.merge(node);
    layer.keep(toggled);
    layer.show(on.filter(({ node }) => !node.isParent()));
  }
  cy.batch(() => {
    for (const node of off) {
      if (!node.hasClass(LABEL_OFF)) node.addClass(LABEL_OFF);
    }
    for (const { node, base, dx } of on) {
      if (node.hasClass(LABEL_OFF)) node.removeClass(LABEL_OFF);
      if (layer && !node.isParent()) continue;
      const fontSize = Math.round(base.fontSize * scale * 100) / 100;
      const shift = Math.round(dx * 100) / 100;
      const look = `${fontSize}|${shift}`;
      if (labelFonts.get(node) === look) continue;
      labelFonts.set(node, look);
      node.style({
        'font-size': fontSize,
        'text-max-width': `${base.maxWidth * scale}px`,
        'text-margin-y': base.marginY * scale,
        'text-margin-x': shift,
        'text-outline-width': OUTLINE * scale,
        'min-zoomed-font-size': 0,
      });
    }
  });
  return on.length;
}
