import type cytoscape from 'cytoscape';

type Cached = { _private: { styleCache?: unknown } };
type Bounded = { _private: Record<string, unknown> & { labelBounds: object; arrowBounds: object } };
type StyleInternals = {
  dirtyStyleCache?: (this: ArrayLike<Cached>) => unknown;
  dirtyBoundingBoxCache?: (this: unknown) => unknown;
  cleanStyle?: (this: unknown) => void;
};

/**
 * Gives elements just added to a map their first style at once, without Cytoscape's cost of
 * forgetting cached style values: for every style property applied it forgets those of the element
 * and of all its ties (`connectedEdges()`, a new collection each time), some 100-150 ms for the
 * 7,000 elements of a 2,000-person map. While these elements get their first style only each
 * element's own cache is forgotten; after it, every added element's cache, so nothing computed from
 * another element's half-applied style stays. That is all Cytoscape's version does for elements
 * that are all new and whose nodes have no ties but added ones (the whole map added at once, or a
 * map added in parts: nodes first, then ties, see `allNew`), so the styles and everything drawn are
 * the same. Without the internals it relies on, the elements are styled later as usual, when they
 * are first drawn.
 */
export function styleAdded(cy: cytoscape.Core, added: cytoscape.Collection): void {
  const proto = Object.getPrototypeOf(added) as StyleInternals | null;
  const own = proto !== null && Object.hasOwn(proto, 'dirtyStyleCache');
  const original = proto?.dirtyStyleCache;
  const clean = (added as unknown as StyleInternals).cleanStyle;
  const ownBounds = proto !== null && Object.hasOwn(proto, 'dirtyBoundingBoxCache');
  const originalBounds = proto?.dirtyBoundingBoxCache;
  if (!proto || !own || typeof original !== 'function' || typeof clean !== 'function') return;
  const quietBounds = ownBounds && typeof originalBounds === 'function' && hasBoundCaches(added);
  if (!allNew(cy, added)) return;
  proto.dirtyStyleCache = function dirtyOwnStyleCache(this: ArrayLike<Cached>) {
    for (let i = 0; i < this.length; i++) (this[i] as Cached)._private.styleCache = null;
    return this;
  };
  // each styled property that changes bounds forgets them and tells the renderer (an event per
  // element and property); here they are forgotten once for all added elements at the end instead,
  // without telling: the renderer has these new elements queued for their first calculation already
  if (quietBounds) {
    proto.dirtyBoundingBoxCache = function quietDirtyBoundingBoxCache() {
      return this;
    };
  }
  try {
    clean.call(added);
  } finally {
    proto.dirtyStyleCache = original;
    for (let i = 0; i < added.length; i++) (added[i] as unknown as Cached)._private.styleCache = null;
    if (quietBounds) {
      proto.dirtyBoundingBoxCache = originalBounds;
      for (let i = 0; i < added.length; i++) forgetBounds((added[i] as unknown as Bounded)._private);
    }
  }
}

/**
 * Runs `draw`, a map's first drawing right after its rendered style was brought up to date, without
 * the 'bounds' event Cytoscape emits for every element whose bounds it computes for the first time
 * while drawing: each event marks the element (and so its ties) for a new calculation of its
 * rendered style at the next frame, which gives the very same values again (some 150 ms on a
 * 2,000-person map, in the frame after the first picture). The bounds themselves are forgotten and
 * computed as usual. Without the internals it relies on, `draw` runs as is.
 */
export function drawQuietly(cy: cytoscape.Core, draw: () => void): void {
  const elements = cy.elements();
  const proto = Object.getPrototypeOf(elements) as StyleInternals | null;
  const original = proto?.dirtyBoundingBoxCache;
  if (
    !proto ||
    !Object.hasOwn(proto, 'dirtyBoundingBoxCache') ||
    typeof original !== 'function' ||
    !hasBoundCaches(elements)
  ) {
    draw();
    return;
  }
  proto.dirtyBoundingBoxCache = function forgetBoundsQuietly(this: unknown) {
    const list = this as ArrayLike<Bounded>;
    for (let i = 0; i < list.length; i++) forgetBounds((list[i] as Bounded)._private);
    return this;
  };
  try {
    draw();
  } finally {
    proto.dirtyBoundingBoxCache = original;
  }
}

/** What Cytoscape's `dirtyBoundingBoxCache` forgets of an element, without its event. */
function forgetBounds(p: Bounded['_private']): void {
  p.bbCache = null;
  p.bbCachePosKey = null;
  p.bodyBounds = null;
  p.overlayBounds = null;
  const label = p.labelBounds as Record<string, unknown>;
  for (const key of ['all', 'source', 'target', 'main', 'sourceRot', 'targetRot', 'mainRot'])
    label[key] = null;
  const arrow = p.arrowBounds as Record<string, unknown>;
  for (const key of ['source', 'target', 'mid-source', 'mid-target']) arrow[key] = null;
}

/**
 * Whether forgetting only each added element's own cached style is all Cytoscape would forget: the
 * map is these elements alone, or (no organisation boxes) no node among them has a tie that was not
 * added with it. A tie's own style is all a tie's cache holds, so ties added after their nodes qualify.
 */
function allNew(cy: cytoscape.Core, added: cytoscape.Collection): boolean {
  if (cy.elements().length === added.length) return true;
  const compound = (cy as unknown as { hasCompoundNodes?: () => boolean }).hasCompoundNodes;
  if (typeof compound !== 'function' || compound.call(cy)) return false;
  return added.nodes().connectedEdges().difference(added).empty();
}

/** Whether the elements keep their bounds where Cytoscape's `dirtyBoundingBoxCache` forgets them. */
function hasBoundCaches(added: cytoscape.Collection): boolean {
  const first = added[0] as unknown as Bounded | undefined;
  if (!first) return false;
  const p = first._private;
  return 'bbCache' in p && typeof p.labelBounds === 'object' && typeof p.arrowBounds === 'object';
}
