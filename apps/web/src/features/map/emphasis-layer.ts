import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { LABEL_OFF } from './label-culling.ts';
import { overlayCanvas } from './overlay-canvas.ts';

const HIGHLIGHT = '#0b57d0';
/** size on screen of the names drawn over the map */
const NAME_PX = 11;

/**
 * The emphasis of a selection on a large map, drawn on canvases of its own: the ties of the selected
 * actor at full strength under Cytoscape's fainter ones, and over them a ring around the actor and
 * its neighbours with the names Cytoscape leaves out. Cytoscape draws a large map from one cached picture of all its elements, which any
 * change of style throws away (the next frames then draw every element again, a few hundred ms for
 * 2,000 people). The `highlighted` class and the selection are still set on the elements, so
 * `window.cy` tells what is emphasised, but the large map's stylesheet gives them no look of their
 * own, and this layer tells Cytoscape's cache to keep its picture for elements whose look and place
 * did not change.
 */
export type EmphasisLayer = {
  /**
   * Call before changing the classes or selection of these elements (their look stays the same); holds
   * until Cytoscape's next frame.
   */
  keep(elements: cytoscape.Collection): void;
  /** Draws this emphasis (nothing: none) from now on. */
  show(emphasis: cytoscape.Collection, selected: cytoscape.Collection): void;
  destroy(): void;
};

type Private = { _private: { styleKey?: unknown; styleDirty?: boolean; rstyle?: { clean?: boolean } } };
type LayerCache = {
  invalidateElements: (eles: cytoscape.Collection) => void;
  requestRedraw?: () => void;
};
type TextureCache = { onDequeue: (fn: () => void) => void; offDequeue?: (fn: () => void) => void };
/** What this layer uses of Cytoscape's canvas renderer (cytoscape/src/extensions/renderer/canvas). */
type Renderer = {
  render?: (options?: { forcedContext?: unknown }) => void;
  data?: {
    lyrTxrCache?: LayerCache;
    eleTxrCache?: Partial<TextureCache>;
    lblTxrCache?: Partial<TextureCache>;
    wheelZooming?: boolean;
  };
  hoverData?: { dragging?: boolean; draggingEles?: boolean };
  pinching?: boolean;
  swipePanning?: boolean;
  canvasWidth?: number;
  canvasHeight?: number;
};

/** Where an element is: a node's position, a tie's two ends. */
function placeOf(element: cytoscape.SingularElementArgument): string {
  if (element.isNode()) {
    const { x, y } = element.position();
    return `${x},${y}`;
  }
  const edge = element as EdgeSingular;
  const a = edge.source().position();
  const b = edge.target().position();
  return `${a.x},${a.y},${b.x},${b.y}`;
}

/**
 * Adds the layer to the map's container. Returns null where Cytoscape keeps no cached picture of its
 * elements (another renderer), where the usual styles must show the emphasis.
 */
export function createEmphasisLayer(cy: Core, container: HTMLElement): EmphasisLayer | null {
  const renderer = (cy as unknown as { renderer?: () => Renderer }).renderer?.();
  const cache = renderer?.data?.lyrTxrCache;
  if (!renderer || !cache || typeof cache.invalidateElements !== 'function') return null;

  // elements whose next invalidation is skipped while their look (style key) and place are unchanged
  const kept = new Map<string, { key: unknown; at: string }>();
  const invalidate = cache.invalidateElements.bind(cache);
  cache.invalidateElements = (eles) => {
    if (kept.size === 0 || eles.length === 0) {
      if (eles.length > 0) redrawn = true;
      invalidate(eles);
      return;
    }
    const changed = eles.filter((element) => {
      const mark = kept.get(element.id());
      if (!mark) return true;
      kept.delete(element.id());
      return (element as unknown as Private)._private.styleKey !== mark.key || placeOf(element) !== mark.at;
    });
    if (changed.length > 0) redrawn = true;
    invalidate(changed);
  };

  // Cytoscape draws every element again (or its cached layers) whenever anything asks for a frame; a
  // frame in which no element changed its look or place and the view is where it was would draw the
  // very same picture (on a map of 10,000 people, a second of drawing for a select), so it is left out
  let redrawn = true;
  let drawnView = '';
  const viewOf = () => {
    const pan = cy.pan();
    // while the view is moved by hand Cytoscape leaves the ties out: a picture of its own
    const moving =
      renderer.pinching ||
      renderer.swipePanning ||
      renderer.hoverData?.dragging ||
      renderer.hoverData?.draggingEles ||
      renderer.data?.wheelZooming ||
      cy.animated();
    return `${cy.zoom()}|${pan.x}|${pan.y}|${renderer.canvasWidth}|${renderer.canvasHeight}|${Boolean(moving)}`;
  };
  const render = typeof renderer.render === 'function' ? renderer.render : null;
  if (render) {
    renderer.render = function unchanged(this: Renderer, options) {
      if (options?.forcedContext) return render.call(this, options);
      const view = viewOf();
      if (!redrawn && view === drawnView) return;
      render.call(this, options);
      redrawn = false;
      drawnView = view;
    };
  }
  const onChange = () => {
    redrawn = true;
  };
  cy.on('add remove', onChange);
  // sharper pictures of elements made after a zoom (Cytoscape draws blurry ones until then) and
  // finished layers are something new to draw
  const textureCaches = [renderer.data?.eleTxrCache, renderer.data?.lblTxrCache].filter(
    (each): each is TextureCache => typeof each?.onDequeue === 'function',
  );
  for (const each of textureCaches) each.onDequeue(onChange);
  const requestRedraw = typeof cache.requestRedraw === 'function' ? cache.requestRedraw : null;
  if (requestRedraw) {
    cache.requestRedraw = function replaced(this: LayerCache) {
      redrawn = true;
      requestRedraw.call(this);
    };
  }

  // over Cytoscape's canvases (z-index 0), under the map's toolbar
  const makeCanvas = (over: boolean) => overlayCanvas('map-emphasis', over ? '1' : undefined);
  if (getComputedStyle(container).position === 'static') container.style.position = 'relative';
  // under Cytoscape's canvases: the ties; over them: rings and the names Cytoscape does not show
  const canvas = makeCanvas(false);
  const labels = makeCanvas(true);
  container.prepend(canvas);
  container.append(labels);
  const context = canvas.getContext('2d');
  const labelContext = labels.getContext('2d');

  let nodes: NodeSingular[] = [];
  let edges: EdgeSingular[] = [];
  let selectedIds = new Set<string>();
  let drawn = false;

  const draw = () => {
    if (!context) return;
    if (nodes.length === 0 && edges.length === 0 && !drawn) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(cy.width() * ratio);
    const height = Math.round(cy.height() * ratio);
    for (const each of [canvas, labels]) {
      if (each.width === width && each.height === height) continue;
      each.width = width;
      each.height = height;
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    labelContext?.setTransform(1, 0, 0, 1, 0, 0);
    labelContext?.clearRect(0, 0, width, height);
    drawn = nodes.length > 0 || edges.length > 0;
    if (!drawn) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    context.lineCap = 'round';
    // ties under Cytoscape's own, drawn at full strength (selected ones with a blue edge)
    for (const edge of edges) {
      if (edge.removed()) continue;
      const a = edge.source().position();
      const b = edge.target().position();
      const width = Number(edge.data('width') ?? 1);
      if (selectedIds.has(edge.id())) {
        context.globalAlpha = 0.35;
        context.strokeStyle = HIGHLIGHT;
        context.lineWidth = width + 8;
        context.beginPath();
        context.moveTo(a.x, a.y);
        context.lineTo(b.x, b.y);
        context.stroke();
      }
      context.globalAlpha = 0.95;
      context.strokeStyle = String(edge.data('colour') ?? '#555555');
      context.lineWidth = Math.max(width, 1.5 / zoom);
      context.beginPath();
      context.moveTo(a.x, a.y);
      context.lineTo(b.x, b.y);
      context.stroke();
    }
    context.globalAlpha = 1;
    if (labelContext) drawNames(labelContext, ratio, zoom, pan);
  };
  /** The names of emphasised actors whose label Cytoscape does not draw (no room), in a white box. */
  const drawNames = (
    target: CanvasRenderingContext2D,
    ratio: number,
    zoom: number,
    pan: { x: number; y: number },
  ) => {
    target.setTransform(ratio, 0, 0, ratio, 0, 0);
    // a ring around each actor, over the ties that cross it: thicker around the selected one
    for (const node of nodes) {
      if (node.removed()) continue;
      const { x, y } = node.position();
      const selected = selectedIds.has(node.id());
      const radius = (Number(node.data('size') ?? 18) / 2) * zoom + (selected ? 5 : 3);
      // white under blue, so the ring shows on dark ties too
      for (const [colour, width] of [
        ['#ffffff', selected ? 7 : 4],
        [HIGHLIGHT, selected ? 4 : 2],
      ] as const) {
        target.globalAlpha = colour === HIGHLIGHT || selected ? 0.95 : 0.7;
        target.strokeStyle = colour;
        target.lineWidth = width;
        target.beginPath();
        target.arc(x * zoom + pan.x, y * zoom + pan.y, radius, 0, 2 * Math.PI);
        target.stroke();
      }
    }
    target.globalAlpha = 1;
    target.font = `${NAME_PX}px system-ui, sans-serif`;
    target.textAlign = 'center';
    target.textBaseline = 'top';
    target.lineWidth = 1;
    // the selection's name first; a name that would cover one already drawn is left out
    const placed: { x1: number; x2: number; y1: number; y2: number }[] = [];
    const ordered = [...nodes].sort(
      (a, b) => Number(selectedIds.has(b.id())) - Number(selectedIds.has(a.id())),
    );
    for (const node of ordered) {
      if (node.removed() || !node.hasClass(LABEL_OFF)) continue;
      const text = String(node.data('label') ?? '');
      if (!text) continue;
      const { x, y } = node.position();
      const cx = x * zoom + pan.x;
      const top = (y + Number(node.data('size') ?? 18) / 2) * zoom + pan.y + 3;
      const w = target.measureText(text).width + 6;
      const box = { x1: cx - w / 2, x2: cx + w / 2, y1: top, y2: top + NAME_PX + 4 };
      if (placed.some((o) => box.x1 < o.x2 && o.x1 < box.x2 && box.y1 < o.y2 && o.y1 < box.y2)) continue;
      placed.push(box);
      target.fillStyle = '#ffffff';
      target.strokeStyle = '#1a1a1a';
      target.fillRect(cx - w / 2, top, w, NAME_PX + 4);
      target.strokeRect(cx - w / 2, top, w, NAME_PX + 4);
      target.fillStyle = '#1a1a1a';
      target.fillText(text, cx, top + 2);
    }
  };
  // what was kept and did not change by the end of a frame is forgotten
  const forget = () => kept.clear();
  cy.on('render', draw);
  cy.on('render', forget);

  return {
    keep(elements) {
      elements.forEach((element) => {
        const p = (element as unknown as Private)._private;
        // a look or a place not yet drawn must still reach Cytoscape's cache
        if (p.styleDirty || p.rstyle?.clean === false) return;
        kept.set(element.id(), { key: p.styleKey, at: placeOf(element) });
      });
    },
    show(emphasis, selected) {
      nodes = emphasis
        .nodes()
        .filter((node) => !node.data('group'))
        .toArray() as NodeSingular[];
      edges = emphasis.edges().toArray() as EdgeSingular[];
      selectedIds = new Set(selected.map((element) => element.id()));
      draw();
    },
    destroy() {
      cy.removeListener('render', draw);
      cy.removeListener('render', forget);
      cache.invalidateElements = invalidate;
      if (render) renderer.render = render;
      cy.removeListener('add remove', onChange);
      for (const each of textureCaches) each.offDequeue?.(onChange);
      if (requestRedraw) cache.requestRedraw = requestRedraw;
      canvas.remove();
      labels.remove();
    },
  };
}
