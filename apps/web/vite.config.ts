import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    // the API (apps/api) serves the built client and /api on one port; in development Vite serves the client
    proxy: { '/api': 'http://localhost:8080' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Cytoscape and its fcose layout are one lazily loaded chunk of about 600 kB
    chunkSizeWarningLimit: 800,
  },
});
