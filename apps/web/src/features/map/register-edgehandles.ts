import cytoscape from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';

let registered = false;

/** Like fcose: Cytoscape extensions are global and throw when registered twice. */
export function registerEdgehandles(): void {
  if (registered) return;
  cytoscape.use(edgehandles);
  registered = true;
}
