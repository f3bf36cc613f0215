declare module 'cytoscape-fcose' {
  import type { BaseLayoutOptions, Ext } from 'cytoscape';

  /** The options Regiekaart uses; see https://github.com/iVis-at-Bilkent/cytoscape.js-fcose#api */
  export interface FcoseLayoutOptions extends BaseLayoutOptions {
    name: 'fcose';
    quality?: 'draft' | 'default' | 'proof';
    randomize?: boolean;
    animate?: boolean | 'end';
    animationDuration?: number;
    fit?: boolean;
    padding?: number;
    nodeDimensionsIncludeLabels?: boolean;
    uniformNodeDimensions?: boolean;
    packComponents?: boolean;
    nodeSeparation?: number;
    nodeRepulsion?: number | ((node: unknown) => number);
    idealEdgeLength?: number | ((edge: unknown) => number);
    edgeElasticity?: number | ((edge: unknown) => number);
    nestingFactor?: number;
    gravity?: number;
    gravityRange?: number;
    numIter?: number;
    tile?: boolean;
    tilingPaddingVertical?: number;
    tilingPaddingHorizontal?: number;
  }

  const fcose: Ext;
  export default fcose;
}
