import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Each script and style sheet written brotli'd (best quality: it is done once) and gzipped
 * beside it; the server sends whichever the browser takes (src/server/core/http/web.ts).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'pendopo-precompress',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    writeBundle(_options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|svg)$/.test(file)) continue;
        const path = join(outDir, file);
        const body = readFileSync(path);
        writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

// The server renders the public pages with dist/ssr/render.js (the `--ssr` build) into
// dist/web/index.html, and serves dist/web/assets at /assets/.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), precompress()],
  publicDir: false,
  build: isSsrBuild
    ? { outDir: 'dist/ssr', emptyOutDir: true, sourcemap: false }
    : {
        outDir: 'dist/web',
        assetsDir: 'assets',
        emptyOutDir: true,
        // An inlined asset would be a data: URL; the CSP allows that for images only, so keep every asset a file.
        assetsInlineLimit: 0,
        // No maps for browsers to fetch: the code is the project's own, readable in the repository.
        sourcemap: false,
        // dist/web/.vite/manifest.json: which files each page loads (the server's page links read it; never served).
        manifest: true,
        rolldownOptions: {
          output: {
            // The libraries every page runs change less often than the app: a chunk of their own stays cached.
            codeSplitting: {
              groups: [
                {
                  name: 'vendor',
                  test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next)[\\/]/,
                },
              ],
            },
          },
        },
      },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
}));
