import type { StylesheetJson } from 'cytoscape';

/** Colours of the change map; every one also differs in line style or width, never colour alone. */
export const CHANGE_COLOURS = {
  gained: '#1b7f3b',
  lost: '#c62828',
  kept: '#8f8f8f',
  interim: '#0b57d0',
} as const;

/** Drawn after the map's own style: how ties and actors changed overrides their kind's look. */
export const changeStyle: StylesheetJson = [
  {
    selector: 'edge.kept',
    style: { width: 1.5, 'line-color': CHANGE_COLOURS.kept, 'line-style': 'solid', opacity: 0.7 },
  },
  {
    selector: 'edge.gained',
    style: {
      width: 4.5,
      'line-color': CHANGE_COLOURS.gained,
      'line-style': 'solid',
      opacity: 0.95,
      'z-index': 3,
    },
  },
  {
    selector: 'edge.lost',
    style: {
      width: 3,
      'line-color': CHANGE_COLOURS.lost,
      'line-style': 'dashed',
      'line-dash-pattern': [9, 5],
      opacity: 0.9,
      'z-index': 2,
    },
  },
  {
    selector: 'edge.interim',
    style: { width: 2, 'line-color': CHANGE_COLOURS.interim, 'line-style': 'dotted', opacity: 0.85 },
  },
  {
    selector: 'node.joined',
    style: { 'border-color': CHANGE_COLOURS.gained, 'border-width': 6, 'border-style': 'solid' },
  },
  {
    selector: 'node.left',
    style: {
      'border-color': CHANGE_COLOURS.lost,
      'border-width': 4,
      'border-style': 'dashed',
      'background-opacity': 0.35,
      color: '#555555',
    },
  },
  {
    selector: 'node.interim',
    style: { 'border-color': CHANGE_COLOURS.interim, 'border-width': 4, 'border-style': 'dotted' },
  },
  { selector: '.hidden', style: { display: 'none' } },
];
