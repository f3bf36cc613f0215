import type { Network } from '@regiekaart/model';
import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeSingular,
  type Position,
  type StylesheetJson,
} from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { LayoutState } from '../map/CytoscapeMap.tsx';
import { fitView } from '../map/fit-view.ts';
import { cullLabels, LABEL_OFF, LABEL_PINNED } from '../map/label-culling.ts';
import type { LayoutEdge, LayoutNode, LayoutPositions } from '../map/layout/layout-core.ts';
import { placeNear } from '../map/layout/place-near.ts';
import { runLayout } from '../map/layout/run-layout.ts';
import type { KeptLayout } from '../map/layout/use-kept-layout.ts';
import { MapToolbar } from '../map/MapToolbar.tsx';
import { mapStyle } from '../map/map-style.ts';
import { type ChangeElements, momentOf } from './change-elements.ts';
import { changeStyle } from './change-style.ts';

type Props = {
  /** the union of both dates, classed by change */
  elements: ChangeElements;
  /** replay: the network on the shown day, drawn on the union's positions; null: the comparison */
  moment: Network | null;
  /** accessible name of the canvas */
  label: string;
  /** id of the text that summarises the map */
  describedBy?: string;
  onLayoutStateChange?: (state: LayoutState) => void;
  /** drawn after the change style, e.g. larger labels for a projector; keep it one object */
  extraStyle?: StylesheetJson;
  /** the positions the server keeps for the same map (opgave or whole network) at the same level */
  kept?: KeptLayout | null;
};

/** the seed of a map's first layout, as the map screen uses it */
const FIRST_SEED = 1;
/** with at least this share of the actors kept, the others are placed near their ties */
const KEEP_POSITIONS_SHARE = 0.5;
const LABELLED_LAYOUT_MAX_NODES = 80;
const LABEL_DELAY_MS = 120;

/**
 * Draws the change between two dates: the union of both networks, ties and actors styled by how they
 * changed. Every actor stands where it stands on the map screen: the positions the server keeps for
 * that map and level (`kept`), with the actors it lacks placed near their ties; with few kept, the
 * others are laid out around them by the seeded layout (the same data gives the same drawing), and
 * the new places are kept when the user may write. The replay shows and hides elements on the same
 * positions. It only draws; the data comes in through props. The instance is `window.cy` for tests.
 */
export function ChangeMap({
  elements,
  moment,
  label,
  describedBy,
  onLayoutStateChange,
  extraStyle,
  kept = null,
}: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  // bumped when the union has been placed, so the replay's moment is applied to the new drawing
  const [laidOut, setLaidOut] = useState(0);
  const onLayoutRef = useRef(onLayoutStateChange);
  const keptRef = useRef(kept);
  // the instance and union on screen, and whether that union has been placed
  const built = useRef<{ cy: Core; key: string; placed: boolean } | null>(null);
  // the drawing was fitted to the map and the user has not zoomed or panned since
  const fitted = useRef(false);
  useEffect(() => {
    onLayoutRef.current = onLayoutStateChange;
    keptRef.current = kept;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = cytoscape({
      container,
      style: [...mapStyle, ...changeStyle, ...(extraStyle ?? [])],
      minZoom: 0.05,
      maxZoom: 5,
      boxSelectionEnabled: false,
    });
    // labels as on the map screen: the ones that matter, none overlapping, readable at every zoom
    let labelTimer: ReturnType<typeof setTimeout> | undefined;
    const relabel = () => {
      clearTimeout(labelTimer);
      labelTimer = setTimeout(() => {
        if (!instance.destroyed()) cullLabels(instance);
      }, LABEL_DELAY_MS);
    };
    instance.on('viewport', relabel);
    instance.on('mouseover', 'node', (event) => {
      event.target.addClass(LABEL_PINNED).removeClass(LABEL_OFF);
    });
    instance.on('mouseout', 'node', (event) => {
      event.target.removeClass(LABEL_PINNED);
      relabel();
    });
    // until the user zooms or pans, the drawing keeps filling the map as the screen around it settles
    const resizeObserver = new ResizeObserver(() => {
      instance.resize();
      if (fitted.current && instance.nodes().nonempty()) fitView(instance);
    });
    resizeObserver.observe(container);
    const handsOn = () => {
      fitted.current = false;
    };
    // the map's zoom buttons stand beside the canvas, in the same frame
    const frame = container.parentElement ?? container;
    frame.addEventListener('pointerdown', handsOn);
    frame.addEventListener('wheel', handsOn, { passive: true });
    window.cy = instance;
    setCy(instance);
    return () => {
      clearTimeout(labelTimer);
      resizeObserver.disconnect();
      frame.removeEventListener('pointerdown', handsOn);
      frame.removeEventListener('wheel', handsOn);
      instance.destroy();
      if (window.cy === instance) window.cy = undefined;
    };
  }, [extraStyle]);

  const keptPositions = kept?.positions ?? null;
  const keptPending = kept?.pending ?? false;
  // biome-ignore lint/correctness/useExhaustiveDependencies: new elements only when the union changes (its key)
  useEffect(() => {
    const container = containerRef.current;
    if (!cy || !container) return;
    const mark = (state: LayoutState) => {
      container.dataset.layoutState = state;
      container.setAttribute('aria-busy', String(state === 'running'));
      onLayoutRef.current?.(state);
    };
    if (built.current?.cy !== cy || built.current.key !== elements.key) {
      built.current = { cy, key: elements.key, placed: false };
      cy.batch(() => {
        cy.elements().remove();
        // no label shows before the placement decides which ones fit
        cy.add([
          ...elements.nodes.map((n, i) => ({ ...n, position: spiral(i), classes: withLabelOff(n.classes) })),
          ...elements.edges,
        ] as ElementDefinition[]);
      });
    }
    const current = built.current;
    const union = cy.nodes(':not(.interim)');
    const ids = union.map((node) => node.id());
    if (ids.length === 0) {
      current.placed = true;
      mark('done');
      setLaidOut((n) => n + 1);
      return;
    }
    // the kept positions are still on their way
    if (keptPending) {
      mark('running');
      return;
    }
    const edgeList: LayoutEdge[] = cy
      .edges(':not(.interim)')
      .map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() }));
    const known = keptPositions ?? {};
    const keptIds = ids.filter((id) => known[id]);
    const missing = ids.filter((id) => !known[id]);

    let live = true;
    const abort = new AbortController();
    const place = (target: Readonly<LayoutPositions>) => {
      if (!live) return;
      cy.layout({
        name: 'preset',
        positions: Object.fromEntries(
          union.map((node) => [node.id(), target[node.id()] ?? node.position()] as [string, Position]),
        ),
        fit: false,
        animate: false,
      }).run();
      fitView(cy);
      cullLabels(cy);
      fitted.current = true;
      current.placed = true;
      mark('done');
      setLaidOut((n) => n + 1);
    };

    if (keptIds.length / ids.length >= KEEP_POSITIONS_SHARE) {
      const near = placeNear(missing, edgeList, known);
      const target: LayoutPositions = { ...near };
      for (const id of keptIds) target[id] = known[id] as Position;
      // already where they belong (e.g. the places just kept came back from the server)
      if (current.placed && ids.every((id) => samePlace(target[id], cy.getElementById(id).position()))) {
        mark('done');
        return;
      }
      place(target);
      if (missing.length > 0) keptRef.current?.keep?.(near, false);
      return () => {
        live = false;
      };
    }

    // few or none kept: the seeded layout, around the kept ones, which stay where they are
    mark('running');
    const fixed: LayoutPositions = {};
    for (const id of keptIds) fixed[id] = known[id] as Position;
    runLayout(
      {
        nodes: union.map((node) => layoutNode(node, ids.length)),
        edges: edgeList,
        grouped: false,
        seed: FIRST_SEED,
        ...(keptIds.length > 0 ? { fixed } : {}),
      },
      abort.signal,
    )
      .then((all) => {
        place(all);
        const added: LayoutPositions = {};
        for (const id of missing) if (all[id]) added[id] = all[id];
        if (live && Object.keys(added).length > 0) keptRef.current?.keep?.(added, false);
      })
      .catch((error: unknown) => {
        if (!live || (error instanceof DOMException && error.name === 'AbortError')) return;
        console.warn(error);
        mark('done');
      });
    return () => {
      live = false;
      abort.abort();
    };
  }, [cy, elements.key, keptPositions, keptPending]);

  useEffect(() => {
    if (!cy || laidOut === 0) return;
    cy.batch(() => {
      cy.elements('.interim').remove();
      const union = cy.elements();
      if (!moment) {
        union.removeClass('hidden');
        return;
      }
      const shown = momentOf(moment, {
        nodes: new Set(union.nodes().map((n) => n.id())),
        edges: new Set(union.edges().map((e) => e.id())),
      });
      union.nodes().forEach((node) => {
        node.toggleClass('hidden', !shown.nodes.has(node.id()));
      });
      union.edges().forEach((edge) => {
        edge.toggleClass('hidden', !shown.edges.has(edge.id()));
      });
      // actors only present in between get a free spot near their ties, the same on every replay
      const drawn: LayoutPositions = {};
      cy.nodes().forEach((node) => {
        drawn[node.id()] = { ...node.position() };
      });
      const interim = placeNear(
        shown.extraNodes.map((node) => String(node.data.id)),
        shown.extraEdges.map(({ data }) => ({ source: String(data.source), target: String(data.target) })),
        drawn,
      );
      cy.add([
        ...shown.extraNodes.map((node) => ({ ...node, position: interim[String(node.data.id)] })),
        ...shown.extraEdges,
      ] as ElementDefinition[]);
    });
    cullLabels(cy);
  }, [cy, moment, laidOut]);

  return (
    <div className="map change-map">
      <MapToolbar cy={cy} />
      <div
        ref={containerRef}
        className="map-canvas"
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        data-layout-state="idle"
        data-testid="change-map"
      />
    </div>
  );
}

const samePlace = (a: Position | undefined, b: Position | undefined) =>
  !!a && !!b && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;

/** A definition's classes with the label hidden (Cytoscape takes a string or an array). */
function withLabelOff(classes: ElementDefinition['classes']): string[] {
  const list = !classes ? [] : Array.isArray(classes) ? classes : classes.split(/\s+/).filter(Boolean);
  return [...list, LABEL_OFF];
}

/** A start on a spiral around the middle until the places are decided (stacked nodes make Cytoscape warn). */
function spiral(i: number): Position {
  const r = 20 * Math.sqrt(i + 1);
  return { x: r * Math.cos((i + 1) * 2.4), y: r * Math.sin((i + 1) * 2.4) };
}

/**
 * A node's box for the layout, as the map screen measures it: its size, and on a small map room for
 * its label under it.
 */
function layoutNode(node: NodeSingular, actorCount: number): LayoutNode {
  const size = Number(node.data('size') ?? 18);
  const labelled = actorCount <= LABELLED_LAYOUT_MAX_NODES;
  const text = String(node.data('label') ?? '');
  const organisation = node.data('kind') === 'organisation';
  const labelWidth = Math.min(organisation ? 160 : 110, text.length * (organisation ? 7 : 5.2));
  return {
    id: node.id(),
    width: labelled ? Math.max(size, labelWidth) : size,
    height: labelled ? size + (organisation ? 18 : 14) : size,
  };
}
