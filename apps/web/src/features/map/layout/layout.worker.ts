/// <reference lib="webworker" />
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { computeLayout, type LayoutRequest } from './layout-core.ts';

cytoscape.use(fcose);

/** One layout per message: the map's main thread stays free to draw and answer the hand. */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  try {
    self.postMessage({ positions: computeLayout(cytoscape, event.data) });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
