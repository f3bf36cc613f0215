import type { Core, NodeSingular, StylesheetJson } from 'cytoscape';
import { labelScale, wrapLabel } from './label-culling.ts';
import { overlayCanvas } from './overlay-canvas.ts';

const INK = '#1a1a1a';
const FONT_FAMILY = 'system-ui, sans-serif';
/** the white outline around a label, as the map's stylesheet gives it (map-style.ts) */
const OUTLINE = 2;

/**
 * Added to a large map's stylesheet when its actors' names are drawn by a label layer: Cytoscape
 * draws none of them (organisation boxes keep their own titles).
 */
export const labelLayerStyle: StylesheetJson = [{ selector: 'node[colour][!group]', style: { label: '' } }];

/** A label as the label culling measured it: the node's base font, wrap width and margin. */
export type ShownLabel = {
  node: NodeSingular;
  base: { fontSize: number; weight: string; maxWidth: number; marginY: number };
  /** moved sideways (model units) to stay in view */
  dx?: number;
};

/**
 * The names on a large map, drawn on a canvas of their own over Cytoscape's. Cytoscape keeps one
 * cached picture of all its elements, which any change of a label's look throws away: placing the
 * labels for a new zoom level (label-culling.ts) or pinning a hovered name would make every frame
 * after it draw all 2,000 nodes again. Here, labels are text on a separate canvas: which ones show
 * is still marked with the `label-off` class (its look in the stylesheet is the same), the hovered
 * actor's full name shows in a box, and Cytoscape's picture stays.
 */
export type LabelLayer = {
  /** Draws these labels from now on (from the label culling, for the current zoom). */
  show(labels: readonly ShownLabel[]): void;
  /** The hovered (or focused) actor, whose full name shows over the others; null: none. */
  hover(node: NodeSingular | null): void;
  /** The canvas, for tests and for the still view's transform. */
  canvas: HTMLCanvasElement;
  destroy(): void;
};

type Measured = { font: string; px: number; lines: string[]; top: number; x: number };

/** Where a label's text goes on screen and in which font, at the current zoom. */
function place(cy: Core, { node, base, dx = 0 }: ShownLabel): Measured | null {
  const text = String(node.data('label') ?? '');
  if (!text || node.removed() || !node.visible()) return null;
  const zoom = cy.zoom();
  const pan = cy.pan();
  const scale = labelScale(zoom);
  const px = base.fontSize * scale * zoom;
  const bold = base.weight === 'bold' || Number(base.weight) >= 600;
  const lines = wrapLabel(text, base.fontSize, bold, base.maxWidth);
  const { x, y } = node.position();
  const top = (y + node.outerHeight() / 2 + base.marginY * scale) * zoom + pan.y;
  return {
    font: `${bold ? 'bold' : 'normal'} ${px}px ${FONT_FAMILY}`,
    px,
    lines,
    top,
    x: (x + dx) * zoom + pan.x,
  };
}

/** Adds the layer over Cytoscape's canvases; returns null where there are none to put it over. */
export function createLabelLayer(
  cy: Core,
  container: HTMLElement,
  /** whether the picture on screen is a moved copy (still-view.ts): then labels wait for the next frame */
  held: () => boolean = () => false,
): LabelLayer | null {
  const renderer = (
    cy as unknown as { renderer?: () => { data?: { canvasContainer?: HTMLElement } } }
  ).renderer?.();
  const under = renderer?.data?.canvasContainer;
  if (!(under instanceof HTMLElement) || under.parentElement !== container) return null;
  const canvas = overlayCanvas('map-labels', '1');
  under.after(canvas);
  const context = canvas.getContext('2d');

  let shown: readonly ShownLabel[] = [];
  let hovered: NodeSingular | null = null;
  let dirty = false;

  const draw = () => {
    dirty = false;
    if (!context) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(cy.width() * ratio);
    const height = Math.round(cy.height() * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.textAlign = 'center';
    context.textBaseline = 'top';
    context.lineJoin = 'round';
    const w = cy.width();
    const h = cy.height();
    for (const label of shown) {
      if (label.node === hovered) continue;
      const at = place(cy, label);
      if (!at || at.top > h || at.top + at.lines.length * at.px * 1.25 < 0) continue;
      if (at.x < -200 || at.x > w + 200) continue;
      context.font = at.font;
      context.lineWidth = (OUTLINE * at.px) / label.base.fontSize;
      context.strokeStyle = '#ffffff';
      context.fillStyle = String(label.node.style('color') || INK);
      at.lines.forEach((line, i) => {
        const y = at.top + i * at.px * 1.2;
        context.strokeText(line, at.x, y);
        context.fillText(line, at.x, y);
      });
    }
    if (hovered && !hovered.removed()) {
      const base = {
        fontSize: hovered.numericStyle('font-size'),
        weight: String(hovered.style('font-weight')),
        maxWidth: hovered.numericStyle('text-max-width'),
        marginY: hovered.numericStyle('text-margin-y'),
      };
      const at = place(cy, { node: hovered, base });
      if (at) {
        // the full name in a white box with a dark edge, as the stylesheet pins a label on small maps
        context.font = at.font;
        const textWidth = Math.max(...at.lines.map((line) => context.measureText(line).width));
        const boxHeight = at.lines.length * at.px * 1.2;
        context.fillStyle = '#ffffff';
        context.strokeStyle = INK;
        context.lineWidth = 1;
        context.fillRect(at.x - textWidth / 2 - 3, at.top - 2, textWidth + 6, boxHeight + 4);
        context.strokeRect(at.x - textWidth / 2 - 3, at.top - 2, textWidth + 6, boxHeight + 4);
        context.fillStyle = INK;
        at.lines.forEach((line, i) => {
          context.fillText(line, at.x, at.top + i * at.px * 1.2);
        });
      }
    }
  };
  const redrawIfDirty = () => {
    if (dirty) draw();
  };
  const markDirty = () => {
    dirty = true;
  };
  // drawn with Cytoscape's frame, so labels and nodes move together (a drag, a layout)
  // Cytoscape tells no `mouseout` when the pointer leaves the map from over a node
  const left = () => api.hover(null);
  container.addEventListener('mouseleave', left);
  cy.on('render', redrawIfDirty);
  cy.on('position data style add remove', 'node', markDirty);
  cy.on('viewport', markDirty);

  const api: LabelLayer = {
    canvas,
    show(labels) {
      shown = labels;
      dirty = true;
      // drawn with Cytoscape's next frame, or on its own where Cytoscape has nothing new to draw
      requestAnimationFrame(() => {
        if (!held()) redrawIfDirty();
      });
    },
    hover(node) {
      if (node === hovered) return;
      hovered = node;
      // at once: nothing changes in Cytoscape's picture, so it draws no frame of its own
      if (held()) dirty = true;
      else draw();
    },
    destroy() {
      cy.removeListener('render', redrawIfDirty);
      cy.removeListener('position data style add remove', markDirty);
      cy.removeListener('viewport', markDirty);
      container.removeEventListener('mouseleave', left);
      canvas.remove();
    },
  };
  return api;
}
