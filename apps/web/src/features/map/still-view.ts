import type { Core } from 'cytoscape';

/** How long the view must be still before the map is drawn again (and its labels placed). */
export const SETTLE_MS = 150;

/** What this module uses of Cytoscape's canvas renderer (cytoscape/src/extensions/renderer/canvas). */
type Renderer = {
  render?: (options?: { forcedContext?: unknown }) => void;
  flushRenderedStyleQueue?: () => void;
  redraw?: () => void;
  redrawHint?: (what: string, value: boolean) => void;
  data?: {
    canvasContainer?: HTMLElement;
    wheelZooming?: boolean;
    wheelTimeout?: ReturnType<typeof setTimeout>;
  };
};

/**
 * A map while its view moves, as map apps do it: the picture already on screen is moved and scaled
 * along with the view (a CSS transform of Cytoscape's canvases and the layers over them, no drawing
 * at all), and Cytoscape draws again once the view has been still for SETTLE_MS. Drawing 2,000 nodes
 * at every step of a zoom costs over 100 ms a frame, and so do the 250 people of the sample with
 * their curved ties, arrows and labels; moving a picture costs nothing. While nodes move (a layout
 * that animates them, a drag) the picture is not the map, and Cytoscape draws every frame as usual.
 * Exports draw into a canvas of their own and are never held back.
 */
export type StillView = {
  /** Whether the picture on screen is a moved copy, waiting for the view to settle. */
  held(): boolean;
  destroy(): void;
};

/** The renderer, if it is Cytoscape's canvas renderer as this module knows it. */
function canvasRenderer(cy: Core): Renderer | null {
  const renderer = (cy as unknown as { renderer?: () => Renderer }).renderer?.();
  if (
    !renderer ||
    typeof renderer.render !== 'function' ||
    typeof renderer.redraw !== 'function' ||
    typeof renderer.redrawHint !== 'function' ||
    !(renderer.data?.canvasContainer instanceof HTMLElement)
  )
    return null;
  return renderer;
}

/**
 * Holds Cytoscape's drawing back while the view moves and shows the last picture moved instead; when
 * the view has settled, `settle` runs (e.g. places labels for the new zoom) and the map is drawn once.
 * Returns null where the renderer is not the canvas renderer this relies on: the caller then lets
 * Cytoscape draw every frame.
 */
export function createStillView(cy: Core, container: HTMLElement, settle: () => void): StillView | null {
  const renderer = canvasRenderer(cy);
  const render = renderer?.render;
  if (!renderer || !render) return null;
  const data = renderer.data ?? {};

  /** the viewport of the picture on screen, or null when there is none worth moving */
  let drawn: { zoom: number; x: number; y: number } | null = null;
  /** elements were added or removed since the last drawing: the picture is not the map */
  let stale = true;
  let holding: { zoom: number; x: number; y: number } | null = null;
  let moved = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  renderer.render = function held(this: Renderer, options) {
    if (holding && !options?.forcedContext) return;
    render.call(this, options);
    if (options?.forcedContext) return;
    const pan = cy.pan();
    drawn = { zoom: cy.zoom(), x: pan.x, y: pan.y };
    stale = false;
    if (moved) {
      moved = false;
      for (const layer of layers()) layer.style.transform = '';
    }
  };

  if (getComputedStyle(container).overflow === 'visible') container.style.overflow = 'hidden';
  /** Cytoscape's canvases and the layers drawn over and under them (emphasis-layer.ts). */
  const layers = () => Array.from(container.children) as HTMLElement[];

  // a new map (or a change of its elements) is drawn at once, in the task that made it, so that it is
  // on screen when the map says it is done, and a gesture right after has a picture to move
  let queued = false;
  const drawNew = () => {
    queued = false;
    if (cy.destroyed() || (cy as unknown as { batching(): boolean }).batching() || !stale) return;
    holding = null;
    renderer.flushRenderedStyleQueue?.();
    renderer.redrawHint?.('eles', true);
    renderer.redrawHint?.('drag', true);
    renderer.render?.();
  };
  const onChange = () => {
    stale = true;
    if (queued) return;
    queued = true;
    queueMicrotask(drawNew);
  };
  // nodes that move while the view moves (an animated layout, fitted as it runs): the moved picture
  // would show them where they were, so the map is drawn as it is, every frame, until they stop
  const onPosition = () => {
    stale = true;
    if (!holding) return;
    holding = null;
    renderer.redrawHint?.('eles', true);
    renderer.redraw?.();
  };
  const onViewport = () => {
    if (!holding && drawn && !stale) holding = drawn;
    if (holding) {
      // a point drawn at p0 + z0·m now belongs at p + z·m: scale by z/z0 about the corner, then shift
      const zoom = cy.zoom();
      const pan = cy.pan();
      const k = zoom / holding.zoom;
      const transform = `matrix(${k}, 0, 0, ${k}, ${pan.x - k * holding.x}, ${pan.y - k * holding.y})`;
      for (const layer of layers()) {
        layer.style.transformOrigin = '0 0';
        layer.style.transform = transform;
      }
      moved = true;
    }
    // else no picture to move (a new map, fitted to the view before its first drawing): Cytoscape
    // draws it whole, ties and all
    clearTimeout(timer);
    timer = setTimeout(settled, SETTLE_MS);
  };
  const settled = () => {
    if (cy.destroyed()) return;
    data.wheelZooming = false;
    clearTimeout(data.wheelTimeout);
    settle();
    holding = null;
    // drawn on the next frame, which also puts the layers back in place (in `held` above)
    renderer.redrawHint?.('eles', true);
    renderer.redrawHint?.('drag', true);
    renderer.redrawHint?.('select', true);
    renderer.redraw?.();
  };

  cy.on('add remove', onChange);
  cy.on('viewport', onViewport);
  cy.on('position', 'node', onPosition);
  return {
    held: () => holding !== null,
    destroy() {
      clearTimeout(timer);
      cy.removeListener('add remove', onChange);
      cy.removeListener('viewport', onViewport);
      cy.removeListener('position', 'node', onPosition);
      renderer.render = render;
      for (const layer of layers()) layer.style.transform = '';
    },
  };
}
