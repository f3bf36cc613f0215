import type { Network } from '@regiekaart/model';
import cytoscape, { type ElementDefinition, type Position, type StylesheetJson } from 'cytoscape';
import { cullLabels } from '../map/label-culling.ts';
import { placeNear } from '../map/layout/place-near.ts';
import { runLayout } from '../map/layout/run-layout.ts';
import { mapStyle } from '../map/map-style.ts';
import { toElements } from '../map/to-elements.ts';

// the drawing area of a report page, in CSS pixels; drawn at twice this, the map is about 300 dpi in the PDF
const WIDTH = 1100;
const HEIGHT = 760;
const SCALE = 2;

/**
 * Draws a network off screen and answers it as a PNG, for the PDF report: with the given positions
 * (a saved view's, over those the server keeps for the map), actors without one placed near their
 * ties; with none at all, the seeded layout the map computes. Labels that would overlap are left out,
 * as on the map; the others are wrapped, never cut off.
 */
export function renderMapPng(
  network: Network,
  positions: Readonly<Record<string, Position>>,
): Promise<Uint8Array> {
  const { nodes, edges } = toElements(network);
  return renderElementsPng([...nodes, ...edges], mapStyle, positions, { cullLabels: true });
}

/** Draws Cytoscape elements off screen in a style and answers a PNG (see `renderMapPng`). */
export async function renderElementsPng(
  elements: ElementDefinition[],
  style: StylesheetJson,
  positions: Readonly<Record<string, Position>> = {},
  options: { cullLabels?: boolean } = {},
): Promise<Uint8Array> {
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
  const spreadOut = elements.map((element, i) =>
    element.group === 'nodes' && !element.position
      ? {
          ...element,
          position: { x: 20 * Math.sqrt(i) * Math.cos(i * 2.4), y: 20 * Math.sqrt(i) * Math.sin(i * 2.4) },
        }
      : element,
  );
  const cy = cytoscape({ container, style, elements: spreadOut });
  try {
    const actors = cy.nodes().filter((node) => !node.isParent());
    const edges = cy.edges().map((edge) => ({
      id: edge.id(),
      source: edge.source().id(),
      target: edge.target().id(),
    }));
    const known = Object.fromEntries(
      actors
        .filter((node) => positions[node.id()] !== undefined)
        .map((node) => [node.id(), positions[node.id()]!]),
    );
    const missing = actors.filter((node) => positions[node.id()] === undefined).map((node) => node.id());
    const placed =
      Object.keys(known).length > 0
        ? { ...known, ...placeNear(missing, edges, known) }
        : await runLayout({
            nodes: cy.nodes().map((node) => ({
              id: node.id(),
              ...(node.data('parent') ? { parent: String(node.data('parent')) } : {}),
              width: Number(node.data('size') ?? 18),
              height: Number(node.data('size') ?? 18),
            })),
            edges,
            grouped: false,
            seed: 1,
          });
    const layout = cy.layout({ name: 'preset', positions: placed, fit: true, padding: 30 });
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await done;
    if (options.cullLabels) cullLabels(cy);
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
