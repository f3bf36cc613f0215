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
const HIGHLIGHT = '#0b57d0';

export const mapStyle: StylesheetJson = [
  {
    // [colour]: only the map's own nodes carry data; edge-drawing helpers (eh-ghost) do not
    selector: 'node[colour]',
    style: {
      'background-color': 'data(colour)',
      'border-color': INK,
      label: 'data(label)',
      'font-family': 'system-ui, sans-serif',
      'font-size': 9,
      color: INK,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      // long names wrap onto more lines rather than being cut off
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      // labels vanish when zoomed out so the structure stays readable
      'min-zoomed-font-size': 8,
    },
  },
  // boxes around an organisation's people have neither: Cytoscape sizes them to their contents
  { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
  { selector: 'node[borderWidth]', style: { 'border-width': 'data(borderWidth)' } },
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
      'line-color': 'data(colour)',
      opacity: 0.6,
      'curve-style': 'bezier',
    },
  },
  { selector: 'edge.line-dashed', style: { 'line-style': 'dashed' } },
  { selector: 'edge.line-dotted', style: { 'line-style': 'dotted' } },
  // large maps: straight solid ties, drawn in half the time of dashed curves (kinds stay in the colour)
  {
    selector: 'edge.straight',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'line-style': 'solid' },
  },
  { selector: 'edge.dense', style: { opacity: 0.3 } },
  {
    selector: 'edge.directed',
    style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(colour)', 'arrow-scale': 0.9 },
  },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'node.highlighted', style: { 'min-zoomed-font-size': 0, 'z-index': 5 } },
  // labels that would overlap one that matters more are not drawn (label-culling.ts)
  { selector: 'node.label-off', style: { label: '' } },
  // a hovered or focused actor shows its full name above everything else
  {
    selector: 'node.label-pinned',
    style: {
      'z-index': 30,
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-background-padding': '2px',
      'text-border-color': INK,
      'text-border-width': 1,
      'text-border-opacity': 1,
    },
  },
  {
    selector: 'edge.highlighted',
    style: { opacity: 0.95, 'z-index': 4 },
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
  {
    selector: 'edge:selected',
    style: {
      opacity: 1,
      'overlay-color': HIGHLIGHT,
      'overlay-opacity': 0.25,
      'overlay-padding': 4,
      'z-index': 10,
    },
  },
  // people grouped in a box per organisation
  {
    selector: 'node.organisation-group',
    style: {
      shape: 'round-rectangle',
      'background-color': 'data(colour)',
      'background-opacity': 0.08,
      'border-width': 1.5,
      'border-style': 'dashed',
      'border-color': 'data(colour)',
      label: 'data(label)',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'font-size': 11,
      'font-weight': 'bold',
      'min-zoomed-font-size': 5,
      padding: '12px',
    },
  },
  // "what if": actors taken out, and the parts of the network they cut off
  {
    selector: 'node.removed',
    style: {
      'background-color': '#ffffff',
      'border-style': 'dashed',
      'border-color': '#8a8a8a',
      color: '#6b6b6b',
      'outline-width': 0,
    },
  },
  { selector: 'edge.removed', style: { opacity: 0.12, 'line-style': 'dashed', 'line-color': '#8a8a8a' } },
  {
    selector: 'node.cut-off',
    style: { 'background-color': '#b5b5b5', 'border-color': '#6b6b6b', color: '#555555' },
  },
  { selector: 'edge.cut-off', style: { 'line-color': '#b5b5b5', opacity: 0.35 } },
];

const EMPHASIS = /\.highlighted|:selected|\.faded/;

/**
 * A large map's stylesheet: its emphasis (the selection, its neighbours) is drawn on a layer of its
 * own (emphasis-layer.ts), so the classes and the selection that mark it have no look here. Any
 * change of look makes Cytoscape draw every element again instead of its cached picture.
 */
export const largeMapStyle: StylesheetJson = [
  // undoes Cytoscape's own colours of a selection (its default stylesheet), for every element so that
  // a selected one has the very same style (Cytoscape compares a hash of the values set); the map's
  // rules follow
  {
    selector: 'node, edge',
    style: {
      'background-color': '#999999',
      'line-color': '#999999',
      'source-arrow-color': '#999999',
      'target-arrow-color': '#999999',
      'mid-source-arrow-color': '#999999',
      'mid-target-arrow-color': '#999999',
    },
  },
  ...mapStyle.filter((rule) => !('selector' in rule) || !EMPHASIS.test(rule.selector)),
];

/**
 * Added to the usual stylesheet on a large map drawn without an emphasis layer: the emphasis keeps
 * every element in its drawing order, since a change of order also makes Cytoscape redraw its cache.
 */
export const largeMapOrderStyle: StylesheetJson = [
  {
    selector: 'node.highlighted, node:selected, edge.highlighted, edge:selected',
    style: { 'z-index': 0 },
  },
];
