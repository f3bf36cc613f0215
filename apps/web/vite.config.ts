import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    // the API (apps/api) serves the built client and /api on one port; in development Vite serves the client
    proxy: { '/api': 'http://localhost:8080' },
  },
  // workers as ES modules: the layout worker loads Cytoscape and fcose only for the maps that need them
  // (a large map's ForceAtlas2 does without), instead of one script with everything inlined
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Cytoscape and its fcose layout are one lazily loaded chunk of about 600 kB
    chunkSizeWarningLimit: 800,
  },
});
