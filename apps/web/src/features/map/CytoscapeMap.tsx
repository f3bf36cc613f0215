import type { Network } from '@regiekaart/model';
import cytoscape, {
  type Core,
  type EdgeDefinition,
  type EdgeSingular,
  type ElementDefinition,
  type NodeDefinition,
  type Position,
  type StylesheetJson,
} from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { useEffect, useRef, useState } from 'react';
import { MapToolbar } from './MapToolbar.tsx';
import { mapStyle } from './map-style.ts';
import { registerFcose } from './register-fcose.ts';
import { DENSE_EDGES_PER_NODE, toElements } from './to-elements.ts';

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
};

// above this share of known nodes, a new network is laid out from the old positions
const KEEP_POSITIONS_SHARE = 0.5;
const LABELLED_LAYOUT_MAX_NODES = 80;
// above this many nodes the layout trades some polish for speed
const LARGE_NETWORK_NODES = 600;
const CENTRE_PADDING = 90;

/**
 * Draws a network with Cytoscape.js and the fcose layout. It only draws: the data comes in through props.
 * The instance is exposed as `window.cy` for end-to-end tests.
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
}: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  const onLayoutRef = useRef(onLayoutStateChange);
  // saved positions are laid out once per map (level, date, hops): later edits keep the user's own moves
  const appliedPositions = useRef<{ positions: Props['positions']; map: string } | null>(null);
  const sizesRef = useRef(sizes);
  // the boxes of the previous layout: a new grouping needs a fresh layout, not a polish
  const laidOutGroups = useRef<ReadonlyMap<string, string> | null>(null);
  useEffect(() => {
    onSelectRef.current = onSelect;
    onLayoutRef.current = onLayoutStateChange;
    sizesRef.current = sizes;
  });

  // a large network hides its ties while panning and zooming, so the map keeps up with the hand
  const large = network.nodes.length > LARGE_NETWORK_NODES;
  useEffect(() => {
    onReady?.(cy);
    return () => onReady?.(null);
  }, [cy, onReady]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    registerFcose();
    const instance = cytoscape({
      container,
      style: extraStyle ? [...mapStyle, ...extraStyle] : mapStyle,
      minZoom: 0.03,
      maxZoom: 5,
      boxSelectionEnabled: false,
      selectionType: 'single',
      hideEdgesOnViewport: large,
    });
    instance.on('tap', 'node', (event) => {
      if (event.target.data('group')) return;
      onSelectRef.current({ type: 'node', id: event.target.id() });
    });
    instance.on('tap', 'edge', (event) => onSelectRef.current({ type: 'edge', id: event.target.id() }));
    instance.on('tap', (event) => {
      if (event.target === instance) onSelectRef.current(null);
    });
    const resizeObserver = new ResizeObserver(() => instance.resize());
    resizeObserver.observe(container);
    window.cy = instance;
    setCy(instance);
    return () => {
      resizeObserver.disconnect();
      instance.destroy();
      if (window.cy === instance) window.cy = undefined;
    };
  }, [large, extraStyle]);

  useEffect(() => {
    const container = containerRef.current;
    if (!cy || !container) return;
    // set on the element at once, not on the next render: tests must never see new elements marked "done"
    const mark = (state: LayoutState) => {
      container.dataset.layoutState = state;
      container.setAttribute('aria-busy', String(state === 'running'));
      onLayoutRef.current?.(state);
    };
    const previous = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
    const { nodes, edges } = toElements(network, { groups });
    applySizes(nodes, sizesRef.current);
    const kept = placeFromPrevious(nodes, edges, previous);
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...nodes, ...edges] as ElementDefinition[]);
    });

    const actors = cy.nodes().filter((node) => !node.data('group'));
    const nodeCount = actors.length;
    if (nodeCount === 0) {
      mark('done');
      return;
    }
    const regrouped = (laidOutGroups.current === null) !== (groups === null);
    laidOutGroups.current = groups;
    const mapKey = JSON.stringify(network.meta ?? null);
    const applied = appliedPositions.current;
    const fresh = !applied || applied.positions !== positions || applied.map !== mapKey;
    if (positions && fresh && actors.filter((node) => positions[node.id()] !== undefined).nonempty()) {
      appliedPositions.current = { positions, map: mapKey };
      const preset = cy.layout({
        name: 'preset',
        positions: Object.fromEntries(
          cy.nodes().map((node) => [node.id(), positions[node.id()] ?? node.position()]),
        ),
        fit: true,
        padding: 24,
      });
      preset.one('layoutstop', () => mark('done'));
      mark('running');
      preset.run();
      return () => preset.stop();
    }
    const incremental = kept / nodeCount >= KEEP_POSITIONS_SHARE && !regrouped;
    const large = nodeCount > LARGE_NETWORK_NODES;
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // organisation nodes are larger than people and need proportionally more room
    const meanSize = actors.reduce((sum, node) => sum + Number(node.data('size')), 0) / nodeCount;
    const dense = edges.length > DENSE_EDGES_PER_NODE * nodeCount;
    const options: FcoseLayoutOptions = groups
      ? {
          // people in organisation boxes: short ties inside a box, long slack ties between boxes
          name: 'fcose',
          quality: large ? 'default' : 'proof',
          randomize: !incremental,
          animate: false,
          fit: true,
          padding: 24,
          packComponents: true,
          nodeSeparation: 75,
          nodeRepulsion: 60_000,
          idealEdgeLength: (edge) => (sameBox(edge) ? 60 : 220),
          edgeElasticity: (edge) => (sameBox(edge) ? 0.45 : 0.1),
          nestingFactor: 0.1,
          gravity: 0.25,
          numIter: large ? 1500 : 5000,
          tile: true,
        }
      : {
          name: 'fcose',
          // a large network gets the quick spectral layout plus a short force-directed polish
          quality: large ? 'draft' : 'default',
          randomize: !incremental,
          animate: incremental && !reducedMotion && !large ? 'end' : false,
          animationDuration: 400,
          fit: true,
          padding: 24,
          // small maps show every label, so leave room for them
          nodeDimensionsIncludeLabels: nodeCount <= LABELLED_LAYOUT_MAX_NODES,
          packComponents: true,
          nodeSeparation: 60,
          idealEdgeLength: Math.max(100, meanSize * 2.5),
          nodeRepulsion: 20_000 * (meanSize / 18) ** 2,
          // in a dense map, slack edges let the repulsion keep nodes apart
          edgeElasticity: dense ? 0.1 : 0.45,
          numIter: large ? 600 : 2500,
        };
    const layout = cy.layout(options);
    let current = true;
    layout.one('layoutstop', () => {
      if (current) mark('done');
    });
    mark('running');
    // fcose runs synchronously; wait for a paint so the "laying out" status shows first
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => layout.run(), 0);
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      layout.stop();
    };
  }, [cy, network, groups, positions]);

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
  }, [cy, network, groups, sizes]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: new elements need the emphasis applied again
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded highlighted removed cut-off');
      cy.elements().unselect();
      if (greyed) {
        const removed = cy.nodes().filter((node) => greyed.removed.has(node.id()));
        removed.addClass('removed');
        removed.connectedEdges().addClass('removed');
        const cutOff = cy.nodes().filter((node) => greyed.cutOff.has(node.id()));
        cutOff.addClass('cut-off');
        cutOff.connectedEdges().not('.removed').addClass('cut-off');
      }
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
      if (emphasis.nonempty()) {
        const withBoxes = emphasis.union(emphasis.nodes().ancestors());
        cy.elements().not(withBoxes).addClass('faded');
        emphasis.addClass('highlighted');
      }
      element.select();
    });
  }, [cy, network, groups, selected, highlight, greyed]);

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
  }, [cy, centre]);

  return (
    <div className="map">
      <MapToolbar cy={cy} padding={24} />
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

function sameBox(edge: unknown): boolean {
  const e = edge as EdgeSingular;
  return e.source().parent().same(e.target().parent());
}

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
 * Gives known nodes their previous position and new ones a spot near a known neighbour (or anywhere),
 * so a change of date or level keeps the mental map. Returns how many nodes were known.
 */
function placeFromPrevious(
  nodes: NodeDefinition[],
  edges: EdgeDefinition[],
  previous: Map<string, Position>,
): number {
  const known = new Map<string, Position>();
  for (const node of nodes) {
    const position = node.data.id ? previous.get(node.data.id) : undefined;
    if (node.data.id && position && !node.data.group) known.set(node.data.id, position);
  }
  const near = new Map<string, Position>();
  for (const { data } of edges) {
    const source = known.get(data.source);
    const target = known.get(data.target);
    if (source && !target) near.set(data.target, source);
    if (target && !source) near.set(data.source, target);
  }
  const jitter = (spread: number) => (Math.random() - 0.5) * spread;
  // spread out even on a first draw: stacked nodes make Cytoscape warn about every edge
  const area = Math.sqrt(nodes.length) * 40;
  for (const node of nodes) {
    if (node.data.group) continue;
    const id = node.data.id ?? '';
    const anchor = near.get(id);
    node.position =
      known.get(id) ??
      (anchor
        ? { x: anchor.x + jitter(40), y: anchor.y + jitter(40) }
        : { x: jitter(area), y: jitter(area) });
  }
  return known.size;
}
