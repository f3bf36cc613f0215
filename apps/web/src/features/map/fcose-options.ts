import type { Core } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';

const LABELLED_LAYOUT_MAX_NODES = 80;
const LARGE_NETWORK_NODES = 600;

/**
 * A fresh fcose layout spaced for the drawing's node sizes: large (organisation) nodes get
 * proportionally longer ties and more repulsion, small maps leave room for every label.
 */
export function spacedFcoseOptions(cy: Core): FcoseLayoutOptions {
  const count = cy.nodes().length;
  const meanSize = count
    ? cy.nodes().reduce((sum, node) => sum + Number(node.data('size') ?? 18), 0) / count
    : 18;
  return {
    name: 'fcose',
    quality: count > LARGE_NETWORK_NODES ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: count <= LABELLED_LAYOUT_MAX_NODES,
    packComponents: true,
    nodeSeparation: 60,
    idealEdgeLength: Math.max(100, meanSize * 2.5),
    nodeRepulsion: 20_000 * (meanSize / 18) ** 2,
    edgeElasticity: 0.3,
    numIter: 2500,
  };
}
