/// <reference lib="webworker" />
import type cytoscapeType from 'cytoscape';
import { computeLargeLayout } from './large-layout.ts';
import { canonical, computeLayout, type LayoutRequest, usesLargeLayout } from './layout-core.ts';

/** Cytoscape and fcose, loaded only for the maps that need them (a large map does without). */
let cytoscapeWithFcose: Promise<typeof cytoscapeType> | undefined;
const loadCytoscape = () => {
  cytoscapeWithFcose ??= Promise.all([import('cytoscape'), import('cytoscape-fcose')]).then(
    ([{ default: cytoscape }, { default: fcose }]) => {
      cytoscape.use(fcose);
      return cytoscape;
    },
  );
  return cytoscapeWithFcose;
};

/** One layout per message: the map's main thread stays free to draw and answer the hand. */
self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  try {
    const request = event.data;
    const positions = usesLargeLayout(request)
      ? computeLargeLayout(canonical(request))
      : computeLayout(await loadCytoscape(), request);
    self.postMessage({ positions });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
