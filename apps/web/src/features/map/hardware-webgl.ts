// no Cytoscape here: the app shell asks ahead, before the map's code has loaded
let hardware: boolean | undefined;

/**
 * Finds out ahead whether WebGL is drawn by a graphics card (creating a WebGL context to ask takes
 * a tenth of a second), while the main thread waits for a map's data rather than when it has arrived.
 */
export function prepareWebglCheck(): void {
  if (hardware !== undefined) return;
  const check = () => void hardwareWebgl();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(check, { timeout: 1000 });
  else setTimeout(check, 0);
}

/** Whether WebGL is drawn by a graphics card here (not by a software fallback such as SwiftShader). */
export function hardwareWebgl(): boolean {
  if (hardware !== undefined) return hardware;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    hardware = renderer !== '' && !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    hardware = false;
  }
  return hardware;
}
