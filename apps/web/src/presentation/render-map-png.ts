import type { Network } from '@regiekaart/model';
import cytoscape, {
  type ElementDefinition,
  type LayoutOptions,
  type Position,
  type StylesheetJson,
} from 'cytoscape';
import { mapStyle } from '../map/map-style.ts';
import { registerFcose } from '../map/register-fcose.ts';
import { toElements } from '../map/to-elements.ts';

// the drawing area of a report page, in CSS pixels; the PNG is drawn at three times this
const WIDTH = 1100;
const HEIGHT = 760;
const SCALE = 3;

/**
 * Draws a network off screen and answers it as a PNG, for the PDF report: with the saved positions
 * where every actor has one, otherwise with the fcose layout the map uses.
 */
export function renderMapPng(
  network: Network,
  positions: Readonly<Record<string, Position>>,
): Promise<Uint8Array> {
  const { nodes, edges } = toElements(network);
  return renderElementsPng([...nodes, ...edges], mapStyle, positions);
}

/** Draws Cytoscape elements off screen in a style and answers a PNG (see `renderMapPng`). */
export async function renderElementsPng(
  elements: ElementDefinition[],
  style: StylesheetJson,
  positions: Readonly<Record<string, Position>> = {},
): Promise<Uint8Array> {
  registerFcose();
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${WIDTH}px`,
    height: `${HEIGHT}px`,
  });
  document.body.append(container);
  // stacked nodes make Cytoscape warn about every edge: spread the unplaced ones before the layout
  const spread = Math.sqrt(elements.length) * 40;
  const placed = elements.map((element) =>
    element.group === 'nodes' && !element.position
      ? { ...element, position: { x: (Math.random() - 0.5) * spread, y: (Math.random() - 0.5) * spread } }
      : element,
  );
  const cy = cytoscape({ container, style, elements: placed });
  try {
    const placed = cy
      .nodes()
      .filter((node) => positions[node.id()] === undefined)
      .empty();
    // the same spacing as the maps on screen: large (organisation) nodes get proportionally more room
    const count = cy.nodes().length;
    const meanSize = count
      ? cy.nodes().reduce((sum, node) => sum + Number(node.data('size') ?? 18), 0) / count
      : 18;
    const options: LayoutOptions =
      placed && count > 0
        ? { name: 'preset', positions: { ...positions }, fit: true, padding: 30 }
        : ({
            name: 'fcose',
            quality: 'default',
            randomize: true,
            animate: false,
            fit: true,
            padding: 30,
            nodeDimensionsIncludeLabels: count <= 80,
            packComponents: true,
            nodeSeparation: 60,
            idealEdgeLength: Math.max(100, meanSize * 2.5),
            nodeRepulsion: 20_000 * (meanSize / 18) ** 2,
            edgeElasticity: 0.3,
            numIter: 2500,
          } as LayoutOptions);
    const layout = cy.layout(options);
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await done;
    const blob = cy.png({
      full: true,
      scale: SCALE,
      maxWidth: WIDTH * SCALE,
      maxHeight: HEIGHT * SCALE,
      output: 'blob',
      bg: '#ffffff',
    });
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    cy.destroy();
    container.remove();
  }
}
