import type { Network } from '@regiekaart/model';
import cytoscape, {
  type Core,
  type EdgeDefinition,
  type ElementDefinition,
  type NodeDefinition,
  type NodeSingular,
  type Position,
  type StylesheetJson,
} from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { layoutStrings } from '../../i18n/nl-layout.ts';
import {
  createEmphasisLayer,
  type EmphasisLayer,
  emphasisClassesPlain,
  markSilently,
} from './emphasis-layer.ts';
import { drawQuietly, styleAdded } from './first-style.ts';
import { fitView } from './fit-view.ts';
import { hardwareWebgl } from './hardware-webgl.ts';
import {
  culledForView,
  cullLabels,
  LABEL_OFF,
  LABEL_PINNED,
  LABEL_TARGET,
  type LabelTarget,
} from './label-culling.ts';
import { createLabelLayer, labelLayerStyle } from './label-layer.ts';
import { LARGE_NETWORK_NODES, type LayoutEdge, type LayoutPositions } from './layout/layout-core.ts';
import { FIRST_LAYOUT_SEED, layoutEdge, layoutNode, organisationsOf } from './layout/layout-request.ts';
import { placeNear } from './layout/place-near.ts';
import { runLayout } from './layout/run-layout.ts';
import type { KeptLayout } from './layout/use-kept-layout.ts';
import { MapToolbar } from './MapToolbar.tsx';
import { largeMapOrderStyle, largeMapStyle, mapStyle } from './map-style.ts';
import { createStillView, SETTLE_MS, type StillView } from './still-view.ts';
import { toElements } from './to-elements.ts';

export type LayoutState = 'idle' | 'running' | 'done';

/** What is selected on the map: an actor or a tie. */
export type MapSelection = { type: 'node' | 'edge'; id: string };

/** Nodes (and optionally edges) to pick out; the rest of the map is dimmed. */
export type MapHighlight = { nodes: readonly string[]; edges?: readonly string[] };

/** "What if": actors taken out of the network and the actors they cut off. */
export type MapGreyed = { removed: ReadonlySet<string>; cutOff: ReadonlySet<string> };

type Props = {
  network: Network;
  /** accessible name of the canvas */
  label: string;
  /** id of the text that summarises the map */
  describedBy?: string;
  selected: MapSelection | null;
  onSelect: (selection: MapSelection | null) => void;
  onLayoutStateChange?: (state: LayoutState) => void;
  /** saved positions (a saved view): laid out with `preset` instead of fcose, once per new object */
  positions?: Readonly<Record<string, Position>> | null;
  /** hands the Cytoscape instance to tools that work on the drawing (edge drawing, export) */
  onReady?: (cy: Core | null) => void;
  /** node id -> size in px; null: sizes by kind of actor */
  sizes?: ReadonlyMap<string, number> | null;
  /** organisation id -> name: people drawn in a box per organisation */
  groups?: ReadonlyMap<string, string> | null;
  highlight?: MapHighlight | null;
  greyed?: MapGreyed | null;
  /** a new object moves the view to these nodes */
  centre?: { ids: readonly string[] } | null;
  /** drawn after the map's own style, e.g. larger labels for a projector; keep it one object */
  extraStyle?: StylesheetJson;
  /** the positions the server keeps for this map, and where moved and computed positions go */
  kept?: KeptLayout | null;
};

// above this share of known nodes, the others are placed near their ties; below, laid out around them
const KEEP_POSITIONS_SHARE = 0.5;
// above this many nodes the map hides its ties while moving, moves a snapshot and draws straight ties
const LARGE_FROM_NODES = 600;
// above this many, it is drawn with WebGL where a graphics card does the drawing
const WEBGL_FROM_NODES = 1500;
const CENTRE_PADDING = 90;
const LABEL_DELAY_MS = 120;
/** elements added (and styled) per task while a large map's layout runs: some 50 ms of work each */
const HOLD_PART = 1500;
/** the seed of a map's first layout; "Opnieuw schikken" takes the next ones */
const FIRST_SEED = FIRST_LAYOUT_SEED;

type Source = 'view' | 'kept' | 'computed' | 'previous';
/** What the elements on screen were built from. */
type Built = { cy: Core; network: Network; groups: ReadonlyMap<string, string> | null };
/** Elements built but not yet added: a large map is added once its nodes have their places. */
type Pending = { nodes: NodeDefinition[]; edges: EdgeDefinition[]; built: Built };

/**
 * Draws a network with Cytoscape.js. It only draws: the data comes in through props. Where the nodes
 * stand comes, in this order, from a saved view, the positions the server keeps for the map (`kept`),
 * the previous drawing, or a seeded fcose layout run in a web worker (the same data gives the same
 * drawing). Labels that would overlap are hidden (label-culling.ts). The instance is exposed as
 * `window.cy` for end-to-end tests.
 */
export function CytoscapeMap({
  network,
  label,
  describedBy,
  selected,
  onSelect,
  onLayoutStateChange,
  sizes = null,
  groups = null,
  highlight = null,
  greyed = null,
  centre = null,
  positions,
  onReady,
  extraStyle,
  kept = null,
}: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  const onLayoutRef = useRef(onLayoutStateChange);
  const keptRef = useRef(kept);
  // saved positions are laid out once per map (level, date, hops): later edits keep the user's own moves
  const appliedPositions = useRef<{ positions: Props['positions']; map: string } | null>(null);
  const sizesRef = useRef(sizes);
  // the network and grouping the elements were built for: anything else only moves nodes
  const built = useRef<Built | null>(null);
  // the elements (an entry of `built`) whose nodes have been placed
  const placed = useRef<Built | null>(null);
  // the boxes of the previous layout: a new grouping needs a fresh layout, not a polish
  const laidOutGroups = useRef<ReadonlyMap<string, string> | null>(null);
  // "Opnieuw schikken": each press asks for a fresh layout with the next seed
  const [rearrange, setRearrange] = useState(0);
  const handledRearrange = useRef(0);
  // counts the elements added after their layout (large maps), so sizes and emphasis are applied to them
  const [added, setAdded] = useState(0);
  useEffect(() => {
    onSelectRef.current = onSelect;
    onLayoutRef.current = onLayoutStateChange;
    sizesRef.current = sizes;
    keptRef.current = kept;
  });

  const large = network.nodes.length > LARGE_FROM_NODES;
  const webgl = network.nodes.length > WEBGL_FROM_NODES && hardwareWebgl();
  useEffect(() => {
    onReady?.(cy);
    return () => onReady?.(null);
  }, [cy, onReady]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // the emphasis is drawn on a layer of its own (emphasis-layer.ts), with the canvas renderer: a
    // small map fades the rest under a veil, a large one marks the emphasis only
    const emphasised = !webgl;
    // ... and a large map draws the names of its actors on a layer of its own as well (label-layer.ts)
    const layered = large && emphasised;
    const baseStyle = emphasised ? largeMapStyle : [...mapStyle, ...(large ? largeMapOrderStyle : [])];
    const withLabelLayer = [...baseStyle, ...(extraStyle ?? []), ...labelLayerStyle];
    // the usual stylesheet, where the emphasis has a look of its own (no emphasis layer, exports)
    const usualStyle = [...mapStyle, ...(large ? largeMapOrderStyle : []), ...(extraStyle ?? [])];
    const instance = cytoscape({
      container,
      style: layered ? withLabelLayer : [...baseStyle, ...(extraStyle ?? [])],
      minZoom: 0.01,
      maxZoom: 5,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // a large network hides its ties while the view moves. No snapshot of the drawing (Cytoscape's
      // textureOnViewport): making one costs a full drawing at the start of every gesture
      hideEdgesOnViewport: large,
      textureOnViewport: false,
      // cytoscape >= 3.31: the canvas renderer can draw with WebGL (experimental); only with a
      // graphics card, since software WebGL is slower than the plain canvas
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    instance.scratch('_large', large);
    const emphasisLayer = emphasised ? createEmphasisLayer(instance, container, { fade: !large }) : null;
    instance.scratch('_emphasis', emphasisLayer);
    let stillView: StillView | null = null;
    const labelLayer =
      layered && emphasisLayer
        ? createLabelLayer(instance, container, () => stillView?.held() === true)
        : null;
    const labelTarget: LabelTarget | null =
      emphasisLayer && labelLayer ? { show: labelLayer.show, keep: emphasisLayer.keep } : null;
    instance.scratch(LABEL_TARGET, labelTarget);
    if (emphasised && !emphasisLayer) instance.style(usualStyle);
    else if (layered && !labelLayer) instance.style([...baseStyle, ...(extraStyle ?? [])]);
    if (emphasisLayer) {
      // an image of the map (export) is drawn by Cytoscape alone: with its own labels and, on a small
      // map, the emphasis's own look, for that moment
      const exportStyle = large ? [...baseStyle, ...(extraStyle ?? [])] : usualStyle;
      const currentStyle = labelLayer ? withLabelLayer : [...baseStyle, ...(extraStyle ?? [])];
      const png = instance.png.bind(instance) as (options?: unknown) => unknown;
      instance.png = ((options?: unknown) => {
        // a small map's ties outside the emphasis fade in the image as they do on screen
        const fadedTies =
          !large && instance.$('.highlighted').nonempty()
            ? instance.edges().not('.highlighted')
            : instance.collection();
        instance.batch(() => {
          instance.style(exportStyle);
          fadedTies.addClass('faded');
        });
        if (labelLayer) cullLabels(instance, null);
        try {
          return png(options);
        } finally {
          instance.batch(() => {
            fadedTies.removeClass('faded');
            instance.style(currentStyle);
          });
          if (labelLayer) cullLabels(instance, labelTarget);
        }
      }) as typeof instance.png;
    }
    instance.on('tap', 'node', (event) => {
      if (event.target.data('group')) return;
      onSelectRef.current({ type: 'node', id: event.target.id() });
    });
    instance.on('tap', 'edge', (event) => onSelectRef.current({ type: 'edge', id: event.target.id() }));
    instance.on('tap', (event) => {
      if (event.target === instance) onSelectRef.current(null);
    });

    // labels: hidden where they would overlap, recomputed when the view settles
    let labelTimer: ReturnType<typeof setTimeout> | undefined;
    // `forView`: only if the labels were not placed for the view as it is by then (a new map is fitted
    // and labelled in one go, and placing them again for the very same view took 20-40 ms)
    const relabel = (forView = false) => {
      clearTimeout(labelTimer);
      labelTimer = setTimeout(() => {
        if (instance.destroyed() || (forView && culledForView(instance))) return;
        cullLabels(instance);
      }, LABEL_DELAY_MS);
    };
    // a map of any size moves its last picture while the view moves and is drawn again, with its
    // labels placed for the new view, once the view has settled (still-view.ts)
    stillView = !webgl
      ? createStillView(instance, container, () => {
          clearTimeout(labelTimer);
          // e.g. a new map fitted to the view has its labels placed already
          if (!culledForView(instance)) cullLabels(instance);
        })
      : null;
    // labels are placed for the new view a little before it counts as settled (while the picture is
    // still a moved copy, where placing them changes nothing on screen), so the settle only draws
    instance.on('viewport', () => relabel(true));
    // without it, a large map hides its ties while the view is moved by code (zoom buttons, keys,
    // search), as Cytoscape does for the wheel, and draws them again when the view has settled
    if (large && !stillView) instance.on('viewport', () => settleLater(instance));
    // the selection and its neighbours claim room for their names first (label-culling.ts); a large
    // map's emphasis layer names them itself where there is room (drawing all its labels anew after
    // each selection would cost more than the selection)
    if (!labelLayer) instance.on('select unselect', 'node', () => relabel());
    instance.on('mouseover', 'node', (event) => {
      // on a large map, over the drawing: a change of the node's look would make Cytoscape draw all
      if (labelLayer) labelLayer.hover(event.target);
      else event.target.addClass(LABEL_PINNED).removeClass(LABEL_OFF);
    });
    instance.on('mouseout', 'node', (event) => {
      if (labelLayer) {
        labelLayer.hover(null);
        return;
      }
      event.target.removeClass(LABEL_PINNED);
      relabel();
    });

    // moved by hand: kept on the server, undoable
    let before: LayoutPositions = {};
    const moving = (node: NodeSingular) => (node.isParent() ? node.descendants().nodes() : node.union(node));
    instance.on('grab', 'node', (event) => {
      before = snapshotOf(moving(event.target as NodeSingular));
    });
    instance.on('dragfree', 'node', (event) => {
      const node = event.target as NodeSingular;
      const after = snapshotOf(moving(node));
      const changed = Object.keys(after).filter(
        (id) => before[id] && Math.hypot(before[id].x - after[id]!.x, before[id].y - after[id]!.y) >= 1,
      );
      if (changed.length === 0) return;
      const pick = (from: LayoutPositions) => Object.fromEntries(changed.map((id) => [id, from[id]!]));
      keptRef.current?.moved?.(
        pick(before),
        pick(after),
        layoutStrings.moved(changed.length, String(node.data('label') ?? node.id())),
      );
      relabel();
    });

    const resizeObserver = new ResizeObserver(() => instance.resize());
    resizeObserver.observe(container);
    window.cy = instance;
    setCy(instance);
    return () => {
      clearTimeout(labelTimer);
      resizeObserver.disconnect();
      stillView?.destroy();
      labelLayer?.destroy();
      emphasisLayer?.destroy();
      instance.destroy();
      if (window.cy === instance) window.cy = undefined;
    };
  }, [large, webgl, extraStyle]);

  const keptPositions = kept?.positions ?? null;
  const keptPending = kept?.pending ?? false;
  useEffect(() => {
    const container = containerRef.current;
    if (!cy || !container) return;
    // set on the element at once, not on the next render: tests must never see new elements marked "done"
    const mark = (state: LayoutState, source?: Source) => {
      container.dataset.layoutState = state;
      if (source) container.dataset.layoutSource = source;
      container.setAttribute('aria-busy', String(state === 'running'));
      onLayoutRef.current?.(state);
    };
    const fresh =
      built.current?.cy !== cy || built.current.network !== network || built.current.groups !== groups;
    // positions on screen count only once the elements on screen have been placed
    const placedBefore = placed.current !== null && placed.current === built.current;
    const previous = new Map(
      placedBefore ? cy.nodes().map((node) => [node.id(), { ...node.position() }] as [string, Position]) : [],
    );
    const wasPlaced = placedBefore && !fresh;
    const large = cy.scratch('_large') === true;
    let pending: Pending | null = null;
    if (fresh) {
      const { nodes, edges } = toElements(network, { groups, straightEdges: large });
      applySizes(nodes, sizesRef.current);
      spreadOut(nodes, previous);
      // no label shows before the first placement decides which ones fit
      for (const node of nodes) node.classes = [...toClassList(node.classes), LABEL_OFF];
      if (large) {
        // a large map is drawn once, where its nodes belong: styling and drawing thousands of nodes
        // at a provisional place first would only keep the main thread (and the layout) waiting
        pending = { nodes, edges, built: { cy, network, groups } };
      } else {
        built.current = { cy, network, groups };
        placed.current = null;
        cy.batch(() => {
          cy.elements().remove();
          cy.add([...nodes, ...edges] as ElementDefinition[]);
        });
      }
    }
    // a large map's elements added and styled while its layout runs, and kept from being drawn (an open
    // batch: Cytoscape draws no frame while batching) until they have their places; `parts`: still to add
    let held: { parts: ElementDefinition[][]; timer?: ReturnType<typeof setTimeout> } | null = null;
    /** Adds and styles the next part of the held elements; answers whether there was one. */
    const addHeldPart = () => {
      const part = held?.parts.shift();
      if (!part) return false;
      // out of the holding batch for a moment, so the new elements are styled now (a batch would
      // leave that to the first drawing); no frame is drawn before the batch opens again
      cy.endBatch();
      let added = cy.collection();
      cy.batch(() => {
        added = cy.add(part);
      });
      styleAdded(cy, added);
      cy.startBatch();
      return true;
    };
    /**
     * Adds the pending elements (a large map without organisation boxes) while the layout runs in its
     * worker, a part per task (the page keeps answering): adding and styling thousands of elements then
     * costs the wait, not the first drawing. Nodes come before ties, so each part is styled as elements
     * whose relatives are styled already (first-style.ts). They are drawn once placed (`addPending`).
     */
    const holdPending = () => {
      if (!pending || pending.nodes.some((node) => node.data.group)) return;
      const { nodes, edges } = pending;
      built.current = pending.built;
      pending = null;
      cy.batch(() => {
        cy.elements().remove();
      });
      cy.startBatch();
      held = { parts: [...partsOf(nodes, HOLD_PART), ...partsOf(edges, HOLD_PART)] };
      const next = () => {
        if (!held) return;
        held.timer = addHeldPart() ? setTimeout(next, 0) : undefined;
      };
      next();
    };
    /** Held elements that will not be placed (a new map, an error): taken off, their batch ended. */
    const dropHeld = () => {
      if (!held) return;
      clearTimeout(held.timer);
      held = null;
      if (cy.destroyed()) return;
      cy.elements().remove();
      cy.endBatch();
      built.current = null;
    };
    /** Adds the pending elements (a large map) at these places; answers whether there were any. */
    const addPending = (target: Readonly<LayoutPositions>) => {
      if (held) {
        clearTimeout(held.timer);
        while (addHeldPart());
        held = null;
        for (const node of cy.nodes()) {
          const at = target[node.id()];
          if (at) node.position({ x: at.x, y: at.y });
        }
        cy.endBatch();
        setAdded((n) => n + 1);
        return true;
      }
      if (!pending) return false;
      const { nodes, edges } = pending;
      for (const node of nodes) {
        const at = node.data.id ? target[node.data.id] : undefined;
        if (at && !node.data.group) node.position = { x: at.x, y: at.y };
      }
      let added = cy.collection();
      cy.batch(() => {
        cy.elements().remove();
        added = cy.add([...nodes, ...edges] as ElementDefinition[]);
      });
      styleAdded(cy, added);
      built.current = pending.built;
      pending = null;
      setAdded((n) => n + 1);
      return true;
    };

    const actorNodes = pending ? pending.nodes.filter((node) => !node.data.group) : null;
    const actors = pending
      ? cy.collection()
      : (cy.nodes().filter((node) => !node.data('group')) as cytoscape.NodeCollection);
    const ids = actorNodes ? actorNodes.map((node) => String(node.data.id)) : actors.map((node) => node.id());
    if (ids.length === 0) {
      addPending({});
      mark('done');
      return;
    }
    const regrouped = (laidOutGroups.current === null) !== (groups === null);
    laidOutGroups.current = groups;
    const edgeList: LayoutEdge[] = pending
      ? pending.edges.map((edge) => layoutEdge(edge.data))
      : cy.edges().map((edge) => ({
          id: edge.id(),
          source: edge.source().id(),
          target: edge.target().id(),
        }));

    let current = true;
    const abort = new AbortController();
    const cleanup = () => {
      current = false;
      abort.abort();
      dropHeld();
    };
    /** Moves the nodes to their places; fits the view for a new map or a new arrangement. */
    const place = (
      target: Readonly<LayoutPositions>,
      source: Source,
      { fit, animate }: { fit: boolean; animate: boolean },
    ) => {
      if (!current) return;
      if (addPending(target)) {
        // added where they belong: no layout to run, no positions to move, and the view is fitted
        // to the positions (Cytoscape's fit would measure every element and label first)
        if (fit) fitView(cy);
        placed.current = built.current;
        cullLabels(cy);
        // drawn at once, in this task: on screen when done
        drawNow(cy);
        mark('done', source);
        return;
      }
      const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      const layout = cy.layout({
        name: 'preset',
        positions: Object.fromEntries(
          actors.map((node) => [node.id(), target[node.id()] ?? node.position()] as [string, Position]),
        ),
        // fitted below, clear of the caption and legend laid over the map (fit-view.ts)
        fit: false,
        animate: animate && !reducedMotion && actors.length <= LARGE_NETWORK_NODES,
        animationDuration: 400,
      });
      const elements = built.current;
      layout.one('layoutstop', () => {
        if (!current) return;
        placed.current = elements;
        cullLabels(cy);
        mark('done', source);
      });
      layout.run();
      if (fit) fitView(cy, { positions: target, animate });
    };
    // a person's organisation: a large map's layout starts with each organisation's people together
    const organisationOf = organisationsOf(network);
    const computeAll = (seed: number, fixed?: LayoutPositions) =>
      runLayout(
        {
          nodes: pending
            ? pending.nodes.map((node) => layoutNode(node.data, ids.length, organisationOf))
            : cy.nodes().map((node) => layoutNode(node.data(), ids.length, organisationOf)),
          edges: edgeList,
          grouped:
            groups !== null &&
            (pending ? pending.nodes.some((node) => node.data.group) : cy.nodes('[?group]').nonempty()),
          seed,
          ...(fixed ? { fixed } : {}),
        },
        abort.signal,
      );
    const failed = (error: unknown) => {
      if (!current || (error instanceof DOMException && error.name === 'AbortError')) return;
      console.warn(error);
      // a large map still shows, where its nodes were put provisionally
      if (addPending({})) {
        fitView(cy);
        placed.current = built.current;
      }
      mark('done');
    };

    // 1. a saved view keeps its own positions
    const mapKey = JSON.stringify(network.meta ?? null);
    const applied = appliedPositions.current;
    const freshView = !applied || applied.positions !== positions || applied.map !== mapKey;
    if (positions && freshView && ids.some((id) => positions[id] !== undefined)) {
      appliedPositions.current = { positions, map: mapKey };
      mark('running');
      const missing = ids.filter((id) => !positions[id]);
      place({ ...positions, ...placeNear(missing, edgeList, positions) }, 'view', {
        fit: true,
        animate: false,
      });
      return cleanup;
    }
    if (positions && wasPlaced && rearrange === handledRearrange.current) {
      // a saved view is on screen: new kept positions do not move it
      return cleanup;
    }

    // 2. "Opnieuw schikken": a fresh layout with the next seed, kept and undoable
    if (rearrange !== handledRearrange.current) {
      handledRearrange.current = rearrange;
      const before = pending ? {} : snapshotOf(actors);
      mark('running');
      computeAll(FIRST_SEED + rearrange)
        .then((after) => {
          if (!current) return;
          place(after, 'computed', { fit: true, animate: true });
          keptRef.current?.rearranged?.(keptRef.current.positions ?? before, after);
        })
        .catch(failed);
      return cleanup;
    }

    // 3. the kept positions are still on their way
    if (keptPending) {
      mark('running');
      return cleanup;
    }

    // 4. kept positions, or else the previous drawing: new actors near their ties, the rest stays
    const keptShare = keptPositions ? ids.filter((id) => keptPositions[id]).length / ids.length : 0;
    const previousShare = ids.filter((id) => previous.has(id)).length / ids.length;
    const base: { from: Readonly<LayoutPositions>; source: Source } | null =
      keptPositions && keptShare > 0
        ? { from: keptPositions, source: 'kept' }
        : wasPlaced || (previousShare >= KEEP_POSITIONS_SHARE && !regrouped)
          ? { from: Object.fromEntries(previous), source: 'previous' }
          : null;
    if (base) {
      const share = base.source === 'kept' ? keptShare : previousShare;
      const missing = ids.filter((id) => !base.from[id]);
      if (
        wasPlaced &&
        missing.length === 0 &&
        ids.every((id) => samePlace(base.from[id], previous.get(id)))
      ) {
        return cleanup; // already where they belong (e.g. the positions just kept came back)
      }
      mark('running');
      if (share >= KEEP_POSITIONS_SHARE || base.source === 'previous') {
        const near = placeNear(missing, edgeList, base.from);
        place({ ...base.from, ...near }, base.source, { fit: !wasPlaced, animate: wasPlaced });
        if (missing.length > 0 && base.source === 'kept') keptRef.current?.keep?.(near, false);
        return cleanup;
      }
      // few kept: the others are laid out around them, which stay where they are
      const fixed = Object.fromEntries(ids.filter((id) => base.from[id]).map((id) => [id, base.from[id]!]));
      computeAll(FIRST_SEED, fixed)
        .then((all) => {
          place(all, base.source, { fit: true, animate: false });
          const added = Object.fromEntries(missing.filter((id) => all[id]).map((id) => [id, all[id]!]));
          if (current) keptRef.current?.keep?.(added, false);
        })
        .catch(failed);
      holdPending();
      return cleanup;
    }

    // 5. nothing known: the seeded layout, kept for the next open
    mark('running');
    computeAll(FIRST_SEED)
      .then((all) => {
        place(all, 'computed', { fit: true, animate: false });
        if (current) keptRef.current?.keep?.(all, true);
      })
      .catch(failed);
    // the layout request is on its way (it was built from the pending elements): add them meanwhile
    holdPending();
    return cleanup;
  }, [cy, network, groups, positions, keptPositions, keptPending, rearrange]);

  // a new metric resizes the nodes where they stand
  // biome-ignore lint/correctness/useExhaustiveDependencies: new elements need their sizes again
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      for (const node of cy.nodes()) {
        if (node.data('group')) continue;
        const size = sizes?.get(node.id()) ?? node.data('baseSize');
        if (typeof size === 'number' && node.data('size') !== size) node.data('size', size);
      }
    });
  }, [cy, network, groups, sizes, added]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: new elements need the emphasis applied again
  useEffect(() => {
    if (!cy) return;
    const element = selected ? cy.getElementById(selected.id) : cy.collection();
    let emphasis = cy.collection();
    if (highlight) {
      const ids = new Set(highlight.nodes);
      const edgeIds = new Set(highlight.edges ?? []);
      const nodes = cy.nodes().filter((node) => ids.has(node.id()));
      const edges = highlight.edges
        ? cy.edges().filter((edge) => edgeIds.has(edge.id()))
        : nodes.edgesWith(nodes);
      emphasis = nodes.union(edges);
    } else if (element.nonempty()) {
      emphasis =
        selected?.type === 'node' ? element.closedNeighborhood() : element.union(element.connectedNodes());
    }
    const layer = cy.scratch('_emphasis') as EmphasisLayer | null | undefined;
    /** Sets or clears the emphasis classes, without a restyle where the emphasis layer draws them. */
    const markEmphasis = (elements: cytoscape.Collection, on: boolean, only?: string) => {
      const classes = only ? [only] : ['faded', 'highlighted'];
      if (layer && emphasisClassesPlain(extraStyle)) markSilently(elements, classes, on);
      else if (on) elements.addClass(classes);
      else elements.removeClass(classes);
    };
    // only the elements that carry an emphasis: touching all of a large map costs a restyle
    const before = cy.$('.faded, .highlighted, .removed, .cut-off, :selected');
    // their look does not change with the emphasis classes: Cytoscape may keep its cached picture
    // (on a small map, all of them: the rest is marked faded)
    const marked = before.union(emphasis).union(element);
    layer?.keep(cy.scratch('_large') ? marked : marked.union(cy.nodes()));
    cy.batch(() => {
      markEmphasis(before, false);
      before.filter('.removed, .cut-off').removeClass('removed cut-off');
      cy.$(':selected').unselect();
      if (greyed) {
        const removed = cy.nodes().filter((node) => greyed.removed.has(node.id()));
        removed.addClass('removed');
        removed.connectedEdges().addClass('removed');
        const cutOff = cy.nodes().filter((node) => greyed.cutOff.has(node.id()));
        cutOff.addClass('cut-off');
        cutOff.connectedEdges().not('.removed').addClass('cut-off');
      }
      if (emphasis.nonempty()) {
        const withBoxes = emphasis.union(emphasis.nodes().ancestors());
        // a large map only marks the emphasis: restyling thousands of faded elements costs a second;
        // a small one marks its faded actors (their ties fade with them, on the emphasis layer)
        if (!cy.scratch('_large')) markEmphasis(cy.nodes().not(withBoxes), true, 'faded');
        markEmphasis(emphasis, true, 'highlighted');
      }
      element.select();
    });
    layer?.show(emphasis, element);
  }, [cy, network, groups, selected, highlight, greyed, added, extraStyle]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a large map's nodes arrive after their layout
  useEffect(() => {
    if (!cy || !centre || centre.ids.length === 0) return;
    const nodes = cy.nodes().filter((node) => centre.ids.includes(node.id()));
    if (nodes.empty()) return;
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (nodes.length === 1) {
      const zoom = Math.max(cy.zoom(), 1.2);
      if (reducedMotion) {
        cy.zoom(zoom);
        cy.center(nodes);
      } else cy.animate({ zoom, center: { eles: nodes } }, { duration: 300 });
    } else if (reducedMotion) cy.fit(nodes, CENTRE_PADDING);
    else cy.animate({ fit: { eles: nodes, padding: CENTRE_PADDING } }, { duration: 300 });
  }, [cy, centre, added]);

  return (
    <div className="map">
      <MapToolbar cy={cy} {...(kept?.rearranged ? { onRearrange: () => setRearrange((n) => n + 1) } : {})} />
      <div
        ref={containerRef}
        className="map-canvas"
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        data-layout-state="idle"
        data-testid="network-map"
      />
    </div>
  );
}

/** The canvas renderer's own state of a wheel zoom (cytoscape/src/extensions/renderer/canvas). */
type RendererState = {
  data?: { wheelZooming?: boolean; wheelTimeout?: ReturnType<typeof setTimeout> };
  redrawHint?: (what: string, value: boolean) => void;
  redraw?: () => void;
};

/**
 * Marks the view as moving, as Cytoscape's wheel handler does, so that with `hideEdgesOnViewport` the
 * next frames draw the nodes only; the ties come back SETTLE_MS after the last move. Does nothing with
 * a renderer that keeps no such state.
 */
function settleLater(cy: Core): void {
  const renderer = (cy as unknown as { renderer?: () => RendererState }).renderer?.();
  const data = renderer?.data;
  if (!renderer || !data || typeof renderer.redraw !== 'function') return;
  data.wheelZooming = true;
  clearTimeout(data.wheelTimeout);
  data.wheelTimeout = setTimeout(() => {
    data.wheelZooming = false;
    renderer.redrawHint?.('eles', true);
    renderer.redraw?.();
  }, SETTLE_MS);
}

/** The list cut into parts of `size`. */
function partsOf<T>(list: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < list.length; i += size) parts.push(list.slice(i, i + size));
  return parts;
}

/** What `drawNow` uses of Cytoscape's canvas renderer (cytoscape/src/extensions/renderer/canvas). */
type Drawing = {
  flushRenderedStyleQueue?: () => void;
  redrawHint?: (what: string, value: boolean) => void;
  render?: () => void;
  webgl?: boolean;
};

/**
 * Draws a map's new elements now rather than on the next frame (as still-view.ts does), so it is on
 * screen when the map says it is done, and without marking them all for a second calculation at
 * the next frame (`drawQuietly`).
 */
function drawNow(cy: Core): void {
  const renderer = (cy as unknown as { renderer?: () => Drawing | null }).renderer?.();
  if (!renderer || typeof renderer.render !== 'function' || cy.destroyed()) return;
  renderer.flushRenderedStyleQueue?.();
  renderer.redrawHint?.('eles', true);
  renderer.redrawHint?.('drag', true);
  // the WebGL renderer's picking buffer follows bounds events: it is left as it is
  if (renderer.webgl) renderer.render();
  else drawQuietly(cy, () => renderer.render?.());
}

/** Positions of these nodes, rounded as the server keeps them. */
function snapshotOf(nodes: cytoscape.NodeCollection): LayoutPositions {
  const out: LayoutPositions = {};
  nodes.forEach((node) => {
    if (node.isParent()) return;
    const { x, y } = node.position();
    out[node.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  return out;
}

const samePlace = (a: Position | undefined, b: Position | undefined) =>
  !!a && !!b && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;

/** Metric sizes go in before the first layout, so it makes room for the large nodes. */
function applySizes(nodes: NodeDefinition[], sizes: ReadonlyMap<string, number> | null): void {
  for (const node of nodes) {
    if (node.data.group) continue;
    node.data.baseSize = node.data.size;
    const size = node.data.id ? sizes?.get(node.data.id) : undefined;
    if (size !== undefined) node.data.size = size;
  }
}

/**
 * Known nodes start where they were; new ones start on a spiral around the middle until their place is
 * decided (stacked nodes make Cytoscape warn about every edge).
 */
function spreadOut(nodes: NodeDefinition[], previous: Map<string, Position>): void {
  let i = 0;
  for (const node of nodes) {
    if (node.data.group) continue;
    const known = node.data.id ? previous.get(node.data.id) : undefined;
    if (known) node.position = known;
    else {
      i++;
      const r = 20 * Math.sqrt(i);
      node.position = { x: r * Math.cos(i * 2.4), y: r * Math.sin(i * 2.4) };
    }
  }
}

/** A definition's classes as a list (Cytoscape takes a string or an array). */
function toClassList(classes: NodeDefinition['classes']): string[] {
  if (!classes) return [];
  return Array.isArray(classes) ? classes : classes.split(/\s+/).filter(Boolean);
}
