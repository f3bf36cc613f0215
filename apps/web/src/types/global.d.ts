import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The map's Cytoscape instance, for end-to-end tests and debugging in the console. */
    cy?: Core;
  }
}
