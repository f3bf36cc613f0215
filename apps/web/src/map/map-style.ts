import type { StylesheetJson } from 'cytoscape';
import type { NodeShape } from './domain-appearance.ts';

const SHAPES: readonly NodeShape[] = [
  'ellipse',
  'triangle',
  'round-rectangle',
  'diamond',
  'pentagon',
  'hexagon',
  'star',
  'rhomboid',
  'vee',
  'tag',
  'concave-hexagon',
  'heptagon',
  'octagon',
];

const INK = '#1a1a1a';
const EDGE = '#6b6b6b';
const HIGHLIGHT = '#0b57d0';

export const mapStyle: StylesheetJson = [
  {
    // [colour]: only the map's own nodes carry data; edge-drawing helpers (eh-ghost) do not
    selector: 'node[colour]',
    style: {
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 'data(borderWidth)',
      'border-color': INK,
      label: 'data(label)',
      'font-family': 'system-ui, sans-serif',
      'font-size': 9,
      color: INK,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '110px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      // labels vanish when zoomed out so the structure stays readable
      'min-zoomed-font-size': 8,
    },
  },
  ...SHAPES.map((shape) => ({ selector: `node.shape-${shape}`, style: { shape } })),
  {
    selector: 'node.organisation',
    style: {
      'border-style': 'double',
      'font-size': 12,
      'font-weight': 'bold',
      'text-max-width': '160px',
      'min-zoomed-font-size': 6,
    },
  },
  { selector: 'node.quiet-label', style: { 'min-zoomed-font-size': 14 } },
  { selector: 'node.participant', style: { 'min-zoomed-font-size': 7 } },
  { selector: 'node.regisseur', style: { 'outline-width': 3, 'outline-color': INK, 'outline-offset': 2 } },
  {
    selector: 'node.context',
    style: { 'background-opacity': 0.45, 'border-opacity': 0.6, color: '#555555' },
  },
  {
    selector: 'edge[width]',
    style: {
      width: 'data(width)',
      'line-color': EDGE,
      opacity: 0.55,
      'curve-style': 'bezier',
    },
  },
  { selector: 'edge.dense', style: { opacity: 0.3 } },
  {
    selector: 'edge.directed',
    style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': EDGE, 'arrow-scale': 0.9 },
  },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'node.highlighted', style: { 'min-zoomed-font-size': 0, 'z-index': 5 } },
  {
    selector: 'edge.highlighted',
    style: { opacity: 0.9, 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT },
  },
  // drawing a tie ("Verbinding tekenen", cytoscape-edgehandles)
  { selector: '.eh-ghost-node', style: { width: 1, height: 1, opacity: 0, label: '' } },
  {
    selector: '.eh-preview, .eh-ghost-edge',
    style: {
      width: 3,
      'line-color': HIGHLIGHT,
      'line-style': 'dashed',
      opacity: 0.9,
      'target-arrow-shape': 'none',
    },
  },
  {
    selector: '.eh-source, .eh-target, .eh-hover',
    style: { 'border-color': HIGHLIGHT, 'border-width': 4, 'z-index': 20 },
  },
  {
    selector: 'node:selected',
    style: { 'overlay-color': HIGHLIGHT, 'overlay-opacity': 0.2, 'overlay-padding': 6, 'z-index': 10 },
  },
];
