import type { Network } from '@regiekaart/model';
import cytoscape, { type Core, type EdgeDefinition, type NodeDefinition, type Position } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/catalogue.ts';
import { mapStyle } from './map-style.ts';
import { registerFcose } from './register-fcose.ts';
import { DENSE_EDGES_PER_NODE, toElements } from './to-elements.ts';

export type LayoutState = 'idle' | 'running' | 'done';

type Props = {
  network: Network;
  /** accessible name of the canvas */
  label: string;
  /** id of the text that summarises the map */
  describedBy?: string;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  onLayoutStateChange?: (state: LayoutState) => void;
  /** saved positions (a saved view): laid out with `preset` instead of fcose, once per new object */
  positions?: Readonly<Record<string, Position>> | null;
  /** hands the Cytoscape instance to tools that work on the drawing (edge drawing, export) */
  onReady?: (cy: Core | null) => void;
};

const ZOOM_STEP = 1.3;
// above this share of known nodes, a new network is laid out from the old positions
const KEEP_POSITIONS_SHARE = 0.5;
const LABELLED_LAYOUT_MAX_NODES = 80;

/**
 * Draws a network with Cytoscape.js and the fcose layout. It only draws: the data comes in through props.
 * The instance is exposed as `window.cy` for end-to-end tests.
 */
export function CytoscapeMap({
  network,
  label,
  describedBy,
  selectedId,
  onSelect,
  onLayoutStateChange,
  positions,
  onReady,
}: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  const onLayoutRef = useRef(onLayoutStateChange);
  // saved positions are laid out once per map (level, date, hops): later edits keep the user's own moves
  const appliedPositions = useRef<{ positions: Props['positions']; map: string } | null>(null);
  useEffect(() => {
    onSelectRef.current = onSelect;
    onLayoutRef.current = onLayoutStateChange;
  });

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
      style: mapStyle,
      minZoom: 0.05,
      maxZoom: 5,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    instance.on('tap', 'node', (event) => onSelectRef.current(event.target.id()));
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
  }, []);

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
    const { nodes, edges } = toElements(network);
    const kept = placeFromPrevious(nodes, edges, previous);
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...nodes, ...edges]);
    });

    const nodeCount = cy.nodes().length;
    if (nodeCount === 0) {
      mark('done');
      return;
    }
    const mapKey = JSON.stringify(network.meta ?? null);
    const applied = appliedPositions.current;
    const fresh = !applied || applied.positions !== positions || applied.map !== mapKey;
    if (positions && fresh && Object.keys(positions).some((id) => cy.getElementById(id).nonempty())) {
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
    const incremental = kept / nodeCount >= KEEP_POSITIONS_SHARE;
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // organisation nodes are larger than people and need proportionally more room
    const meanSize = nodes.reduce((sum, node) => sum + node.data.size, 0) / nodeCount;
    const options: FcoseLayoutOptions = {
      name: 'fcose',
      quality: 'default',
      randomize: !incremental,
      animate: incremental && !reducedMotion && nodeCount < 600 ? 'end' : false,
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
      edgeElasticity: edges.length > DENSE_EDGES_PER_NODE * nodeCount ? 0.1 : 0.45,
      numIter: 2500,
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
  }, [cy, network, positions]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: new elements need the selection applied again
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded highlighted').unselect();
      const node = selectedId ? cy.getElementById(selectedId) : cy.collection();
      if (node.empty()) return;
      const neighbourhood = node.closedNeighborhood();
      cy.elements().not(neighbourhood).addClass('faded');
      neighbourhood.addClass('highlighted');
      node.select();
    });
  }, [cy, network, selectedId]);

  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
  };

  return (
    <div className="map">
      <div className="map-toolbar" role="toolbar" aria-label={t.map.toolbar}>
        <button
          type="button"
          onClick={() => zoomBy(ZOOM_STEP)}
          aria-label={t.map.zoomIn}
          title={t.map.zoomIn}
        >
          +
        </button>
        <button
          type="button"
          onClick={() => zoomBy(1 / ZOOM_STEP)}
          aria-label={t.map.zoomOut}
          title={t.map.zoomOut}
        >
          −
        </button>
        <button type="button" onClick={() => cy?.fit(undefined, 24)}>
          {t.map.fit}
        </button>
      </div>
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
    if (node.data.id && position) known.set(node.data.id, position);
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
