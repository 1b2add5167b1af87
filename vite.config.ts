import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves dist/web/index.html for every page and dist/web/assets at /assets/.
export default defineConfig({
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: 'dist/web',
    assetsDir: 'assets',
    emptyOutDir: true,
    // An inlined asset would be a data: URL; the CSP allows that for images only, so keep every asset a file.
    assetsInlineLimit: 0,
    sourcemap: true,
    // dist/web/.vite/manifest.json: which files each page loads (bench/page-weight.ts reads it; never served).
    manifest: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
