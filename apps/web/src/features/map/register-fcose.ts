import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

/** Cytoscape extensions are global and throw when registered twice (e.g. on hot reload). */
export function registerFcose(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}
