/**
 * A canvas laid over (or under) Cytoscape's own, the size of the map, that lets the pointer through:
 * the layers a large map draws itself (emphasis-layer.ts, label-layer.ts).
 */
export function overlayCanvas(className: string, zIndex?: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = className;
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, {
    position: 'absolute',
    left: '0',
    top: '0',
    width: '100%',
    height: '100%',
    pointerEvents: 'none',
    ...(zIndex ? { zIndex } : {}),
  });
  return canvas;
}
