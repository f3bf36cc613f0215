import type cytoscape from 'cytoscape';

type Cached = { _private: { styleCache?: unknown } };
type Bounded = { _private: Record<string, unknown> & { labelBounds: object; arrowBounds: object } };
type StyleInternals = {
  dirtyStyleCache?: (this: ArrayLike<Cached>) => unknown;
  dirtyBoundingBoxCache?: (this: unknown) => unknown;
  cleanStyle?: (this: unknown) => void;
};

/**
 * Gives elements just added to an empty map their first style at once, without Cytoscape's cost of
 * forgetting cached style values: for every style property applied it forgets those of the element
 * and of all its ties (`connectedEdges()`, a new collection each time), some 100-150 ms for the
 * 7,000 elements of a 2,000-person map. While these elements get their first style only each
 * element's own cache is forgotten; after it, every added element's cache, so nothing computed from
 * another element's half-applied style stays. That is all Cytoscape's version does for elements
 * that are all new (each tie and compound relative of an added element is added with it), so the
 * styles and everything drawn are the same. Without the internals it relies on, the elements are
 * styled later as usual, when they are first drawn.
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
  if (cy.elements().length !== added.length) return;
  proto.dirtyStyleCache = function dirtyOwnStyleCache(this: ArrayLike<Cached>) {
    for (let i = 0; i < this.length; i++) (this[i] as Cached)._private.styleCache = null;
    return this;
  };
  // each styled property that changes bounds forgets them and tells the renderer (an event per
  // element and property); here they are forgotten once for all added elements at the end instead
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
      originalBounds.call(added);
    }
  }
}

/** Whether the elements keep their bounds where Cytoscape's `dirtyBoundingBoxCache` forgets them. */
function hasBoundCaches(added: cytoscape.Collection): boolean {
  const first = added[0] as unknown as Bounded | undefined;
  if (!first) return false;
  const p = first._private;
  return 'bbCache' in p && typeof p.labelBounds === 'object' && typeof p.arrowBounds === 'object';
}
