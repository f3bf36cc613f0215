import type { Network } from '@regiekaart/model';
import cytoscape, { type ElementDefinition, type LayoutOptions, type Position } from 'cytoscape';
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
export async function renderMapPng(
  network: Network,
  positions: Readonly<Record<string, Position>>,
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
  const { nodes, edges } = toElements(network);
  const cy = cytoscape({ container, style: mapStyle, elements: [...nodes, ...edges] as ElementDefinition[] });
  try {
    const placed = cy
      .nodes()
      .filter((node) => positions[node.id()] === undefined)
      .empty();
    const options: LayoutOptions =
      placed && cy.nodes().nonempty()
        ? { name: 'preset', positions: { ...positions }, fit: true, padding: 30 }
        : ({
            name: 'fcose',
            quality: 'default',
            randomize: true,
            animate: false,
            fit: true,
            padding: 30,
            nodeDimensionsIncludeLabels: cy.nodes().length <= 80,
            packComponents: true,
            nodeSeparation: 60,
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
