import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { type Plugin, defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = path.join(root, 'dist');

/*
 * The entry's stylesheet goes into index.html: it is small (about 4 KB compressed), and a separate
 * file would be one more request the first paint waits for on a phone's connection.
 */
function inlineStylesheet(): Plugin {
  return {
    name: 'slotwise:inline-stylesheet',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') return;
      for (const [fileName, asset] of Object.entries(bundle)) {
        if (asset.type !== 'asset' || !fileName.endsWith('.css')) continue;
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${fileName.replace(/[.]/g, '\\.')}"[^>]*>`);
        if (!link.test(html.source)) continue;
        html.source = html.source.replace(link, () => `<style>${String(asset.source)}</style>`);
        delete bundle[fileName];
      }
    },
  };
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/*
 * Every text file is written once more as .gz and .br at build time, at the highest levels (too slow
 * to do per request); the server sends them to browsers that accept them (@fastify/static's
 * preCompressed).
 */
function precompress(): Plugin {
  return {
    name: 'slotwise:precompress',
    apply: 'build',
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((file) => /\.(js|css|html|svg)$/.test(file));
      await Promise.all(
        files.map(async (file) => {
          const source = await readFile(path.join(outDir, file));
          await writeFile(path.join(outDir, `${file}.gz`), await gzipAsync(source, { level: 9 }));
          await writeFile(
            path.join(outDir, `${file}.br`),
            await brotliAsync(source, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
          );
        }),
      );
    },
  };
}

// The web app is built into web/dist and served by the Fastify process (src/modules/web).
// `npm run web:dev` serves it (a change reloads the page) and passes /api on to a running server.
export default defineConfig({
  root,
  plugins: [inlineStylesheet(), precompress()],
  // The manifest names the lazy pages' chunks, for scripts/first-load.ts.
  build: { outDir: 'dist', emptyOutDir: true, manifest: true },
  /*
   * The app is written against React's API and types, and runs on Preact's compatible implementation:
   * the same components in about 60 KB less script for a phone to fetch and parse before the first
   * paint (issue 14). The browser tests drive the built app, so they test what ships.
   */
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  server: { proxy: { '/api': process.env.API_URL ?? 'http://127.0.0.1:3000' } },
});
