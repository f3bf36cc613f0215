import type { Core, EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';
import { LABEL_OFF, labelBoxesShown } from './label-culling.ts';
import { overlayCanvas } from './overlay-canvas.ts';

const HIGHLIGHT = '#0b57d0';
/** size on screen of the names drawn over the map */
const NAME_PX = 11;

/**
 * The emphasis of a selection, drawn on canvases of its own: on a large map the ties of the selected
 * actor at full strength under Cytoscape's fainter ones; on a small one (`fade`) the rest of the map
 * faded under a veil with the emphasis drawn over it by Cytoscape's own drawing code, as the faded
 * style looked; on both a ring around the actor and its neighbours, with the names Cytoscape leaves
 * out where they cover no other name. Cytoscape draws the map from cached pictures of its elements,
 * which any change of style throws away (the next frames then draw every element again: a few
 * hundred ms for 2,000 people, over 100 ms for the sample's 250 people with curved ties and
 * arrows). The `highlighted` and `faded` classes and the selection are still set on the elements, so
 * `window.cy` tells what is emphasised, but the map's stylesheet gives them no look of their own, and
 * this layer tells Cytoscape's cache to keep its picture for elements whose look and place did not
 * change.
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

/** A rectangle on screen, in CSS pixels of the map. */
export type ScreenBox = { x1: number; x2: number; y1: number; y2: number };

export type EmphasisOptions = {
  /** fade the rest of the map (a small map): a veil over Cytoscape's picture, the emphasis over it */
  fade?: boolean;
};

/** How much of an element the veil hides: the faded style's opacity was 0.12. */
const VEIL = 0.88;

type Private = { _private: { styleKey?: unknown; styleDirty?: boolean; rstyle?: { clean?: boolean } } };
type LayerCache = {
  invalidateElements: (eles: cytoscape.Collection) => void;
  requestRedraw?: () => void;
};
type TextureCache = { onDequeue: (fn: () => void) => void; offDequeue?: (fn: () => void) => void };
/** What this layer uses of Cytoscape's canvas renderer (cytoscape/src/extensions/renderer/canvas). */
type Renderer = {
  render?: (options?: { forcedContext?: unknown }) => void;
  redraw?: () => void;
  /** draws an element (and its label) as Cytoscape does, in model coordinates */
  drawElement?: (context: CanvasRenderingContext2D, element: cytoscape.SingularElementArgument) => void;
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
export function createEmphasisLayer(
  cy: Core,
  container: HTMLElement,
  { fade = false }: EmphasisOptions = {},
): EmphasisLayer | null {
  const renderer = (cy as unknown as { renderer?: () => Renderer }).renderer?.();
  const cache = renderer?.data?.lyrTxrCache;
  if (!renderer || !cache || typeof cache.invalidateElements !== 'function') return null;
  // drawn directly, not from Cytoscape's cached pictures of elements: a picture it has not made yet
  // would be made for the emphasis and then make Cytoscape draw the whole map again with it
  const drawDirect = renderer.drawElement;
  const cytoscapeCanvases = (renderer.data as { canvasContainer?: unknown } | undefined)?.canvasContainer;
  if (fade && (typeof drawDirect !== 'function' || !(cytoscapeCanvases instanceof HTMLElement))) return null;

  // elements whose next invalidation is skipped while their look (style key) and place are unchanged
  const kept = new Map<string, { key: unknown; at: string }>();
  const invalidate = cache.invalidateElements.bind(cache);
  // an element whose picture Cytoscape throws away is drawn anew in the next frame, asked for now:
  // Cytoscape invalidates some (e.g. restyled labels) a second time while it idles and would leave
  // the drawing to whatever asks for a frame next (a selection, which then pays for it)
  let asking = false;
  const changedNow = () => {
    redrawn = true;
    if (asking) return;
    asking = true;
    setTimeout(() => {
      asking = false;
      // not drawn since (a frame that draws anyway invalidates first): a frame of its own
      if (redrawn && !cy.destroyed()) renderer.redraw?.();
    }, 0);
  };
  cache.invalidateElements = (eles) => {
    if (kept.size === 0 || eles.length === 0) {
      if (eles.length > 0) changedNow();
      invalidate(eles);
      return;
    }
    const changed = eles.filter((element) => {
      // a mark holds until the frame is drawn: Cytoscape may invalidate an element twice before it
      const mark = kept.get(element.id());
      if (!mark) return true;
      return (element as unknown as Private)._private.styleKey !== mark.key || placeOf(element) !== mark.at;
    });
    if (changed.length > 0) changedNow();
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
  // a small map: right over Cytoscape's canvases, the veil and the emphasis drawn over it
  const veil = fade ? overlayCanvas('map-emphasis map-emphasis-veil', '1') : null;
  if (veil && cytoscapeCanvases instanceof HTMLElement) cytoscapeCanvases.after(veil);
  const veilContext = veil?.getContext('2d') ?? null;
  let veilColour = '#ffffff';

  let nodes: NodeSingular[] = [];
  let edges: EdgeSingular[] = [];
  let boxes: NodeSingular[] = [];
  let selectedIds = new Set<string>();
  /** names' widths on screen, in the names' one font */
  const widths = new Map<string, number>();
  let drawn = false;

  const draw = () => {
    if (!context) return;
    if (nodes.length === 0 && edges.length === 0 && !drawn) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(cy.width() * ratio);
    const height = Math.round(cy.height() * ratio);
    for (const each of veil ? [canvas, labels, veil] : [canvas, labels]) {
      if (each.width === width && each.height === height) continue;
      each.width = width;
      each.height = height;
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    labelContext?.setTransform(1, 0, 0, 1, 0, 0);
    labelContext?.clearRect(0, 0, width, height);
    veilContext?.setTransform(1, 0, 0, 1, 0, 0);
    veilContext?.clearRect(0, 0, width, height);
    drawn = nodes.length > 0 || edges.length > 0;
    if (!drawn) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    if (veilContext) {
      drawOverVeil(veilContext, ratio, zoom, pan);
      if (labelContext) drawNames(labelContext, ratio, zoom, pan);
      return;
    }
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
  /**
   * A small map: the rest faded under a veil of the map's background, and over it the emphasis as
   * Cytoscape draws it: the organisation boxes around it, the ties (a selected
   * one with a blue edge), the actors with their names.
   */
  const drawOverVeil = (
    target: CanvasRenderingContext2D,
    ratio: number,
    zoom: number,
    pan: { x: number; y: number },
  ) => {
    if (!drawDirect) return;
    target.globalAlpha = VEIL;
    target.fillStyle = veilColour;
    target.fillRect(0, 0, target.canvas.width, target.canvas.height);
    target.globalAlpha = 1;
    target.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    const extent = cy.extent();
    const draw = (element: cytoscape.SingularElementArgument) => {
      if (element.removed()) return;
      const b = element.boundingBox();
      if (b.x2 < extent.x1 || b.x1 > extent.x2 || b.y2 < extent.y1 || b.y1 > extent.y2) return;
      if (element.isEdge()) {
        drawDirect.call(renderer, target, element);
        return;
      }
      // drawing a node tells Cytoscape, by a restyle, whether its background images have loaded
      // (there are none, but the state flips within each drawing): a restyle every time the
      // emphasis is drawn, which would make Cytoscape draw the map again, and then the emphasis...
      const quiet = element as unknown as { updateStyle?: unknown; _private: { backgrounding?: boolean } };
      const loading = quiet._private.backgrounding;
      quiet.updateStyle = () => element;
      try {
        drawDirect.call(renderer, target, element);
      } finally {
        delete quiet.updateStyle;
        quiet._private.backgrounding = loading;
      }
    };
    for (const box of boxes) draw(box);
    target.lineCap = 'round';
    for (const edge of edges) {
      if (edge.removed()) continue;
      if (selectedIds.has(edge.id())) {
        const a = edge.source().position();
        const b = edge.target().position();
        target.globalAlpha = 0.35;
        target.strokeStyle = HIGHLIGHT;
        target.lineWidth = Number(edge.data('width') ?? 1) + 8;
        target.beginPath();
        target.moveTo(a.x, a.y);
        target.lineTo(b.x, b.y);
        target.stroke();
        target.globalAlpha = 1;
      }
      draw(edge);
    }
    for (const node of nodes) draw(node);
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
    // the selection's name first; a name that would cover one already drawn, or a name the map
    // shows, is left out
    const placed: ScreenBox[] = [];
    // (as the label placement measured them: label-culling.ts)
    const shown = labelBoxesShown(cy).map((b) => ({
      x1: b.x1 * zoom + pan.x,
      x2: b.x2 * zoom + pan.x,
      y1: b.y1 * zoom + pan.y,
      y2: b.y2 * zoom + pan.y,
    }));
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
      let textWidth = widths.get(text);
      if (textWidth === undefined) {
        textWidth = target.measureText(text).width;
        if (widths.size > 5000) widths.clear();
        widths.set(text, textWidth);
      }
      const w = textWidth + 6;
      // kept inside the map (a name by its edge on a phone), unless the actor itself is outside
      const inside = cx >= 0 && cx <= cy.width() && w < cy.width() - 4;
      const centre = inside ? Math.min(Math.max(cx, w / 2 + 2), cy.width() - w / 2 - 2) : cx;
      const box = { x1: centre - w / 2, x2: centre + w / 2, y1: top, y2: top + NAME_PX + 4 };
      const covers = (o: ScreenBox) => box.x1 < o.x2 && o.x1 < box.x2 && box.y1 < o.y2 && o.y1 < box.y2;
      if (placed.some(covers) || shown.some(covers)) continue;
      placed.push(box);
      target.fillStyle = '#ffffff';
      target.strokeStyle = '#1a1a1a';
      target.fillRect(box.x1, top, w, NAME_PX + 4);
      target.strokeRect(box.x1, top, w, NAME_PX + 4);
      target.fillStyle = '#1a1a1a';
      target.fillText(text, centre, top + 2);
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
      // the organisation boxes around the emphasis are not faded, outermost first
      boxes = fade
        ? (emphasis
            .nodes()
            .ancestors()
            .toArray()
            .sort((a, b) => a.ancestors().length - b.ancestors().length) as NodeSingular[])
        : [];
      selectedIds = new Set(selected.map((element) => element.id()));
      if (veil) veilColour = backgroundOf(container);
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
      veil?.remove();
    },
  };
}

/** The map's background colour (the veil's), white where it has none of its own. */
function backgroundOf(element: HTMLElement): string {
  const colour = getComputedStyle(element).backgroundColor;
  return !colour || colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour) ? '#ffffff' : colour;
}

/** Rules that give the emphasis classes a look (cf. the map's stylesheet for layered maps). */
const EMPHASIS_RULE = /\.highlighted|\.faded/;

/**
 * Whether the stylesheet added to the map's own (e.g. a presenter's larger fonts) gives the emphasis
 * classes no look either, so that setting them changes nothing Cytoscape draws.
 */
export function emphasisClassesPlain(extra: StylesheetJson | undefined): boolean {
  return !(extra ?? []).some((rule) => 'selector' in rule && EMPHASIS_RULE.test(String(rule.selector)));
}

type Classed = { _private: { classes?: Set<string> } };

/**
 * Sets or clears classes that have no look (the emphasis's, where this layer draws it) without
 * Cytoscape restyling the elements: a class change restyles each element (50 ms for the faded
 * actors of the sample's whole network), which would only find the same style. Selectors and
 * `hasClass` read the same set, so `window.cy` still tells what is emphasised. Where Cytoscape
 * keeps its classes differently, they are set the usual way.
 */
export function markSilently(elements: cytoscape.Collection, classes: readonly string[], on: boolean): void {
  const first = elements[0] as unknown as Classed | undefined;
  if (first && !(first._private.classes instanceof Set)) {
    if (on) elements.addClass([...classes]);
    else elements.removeClass([...classes]);
    return;
  }
  for (let i = 0; i < elements.length; i++) {
    const set = (elements[i] as unknown as Classed)._private.classes as Set<string>;
    for (const name of classes) {
      if (on) set.add(name);
      else set.delete(name);
    }
  }
}
