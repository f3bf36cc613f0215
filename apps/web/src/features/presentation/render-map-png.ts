import type { Network } from '@regiekaart/model';
import cytoscape, {
  type ElementDefinition,
  type LayoutOptions,
  type Position,
  type StylesheetJson,
} from 'cytoscape';
import { spacedFcoseOptions } from '../map/fcose-options.ts';
import { mapStyle } from '../map/map-style.ts';
import { registerFcose } from '../map/register-fcose.ts';
import { toElements } from '../map/to-elements.ts';

// the drawing area of a report page, in CSS pixels; drawn at twice this, the map is about 300 dpi in the PDF
const WIDTH = 1100;
const HEIGHT = 760;
const SCALE = 2;

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
  const spreadOut = elements.map((element) =>
    element.group === 'nodes' && !element.position
      ? { ...element, position: { x: (Math.random() - 0.5) * spread, y: (Math.random() - 0.5) * spread } }
      : element,
  );
  const cy = cytoscape({ container, style, elements: spreadOut });
  try {
    const saved =
      cy.nodes().nonempty() &&
      cy
        .nodes()
        .filter((node) => positions[node.id()] === undefined)
        .empty();
    const options: LayoutOptions = saved
      ? { name: 'preset', positions: { ...positions }, fit: true, padding: 30 }
      : (spacedFcoseOptions(cy) as LayoutOptions);
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
