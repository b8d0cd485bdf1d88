// Compiles the server (src/main.ts, src/worker.ts) into dist/server/ with esbuild, which tsx already
// brings. `npm start` runs this first (prestart) and then plain Node on the result: running through
// tsx keeps its loader (a second V8 isolate on a thread of its own) and the TypeScript transpiler
// in the server process, about 45 MB of its memory (issue 14). Dependencies stay in node_modules;
// only our own code is bundled. Takes about a second, so it simply runs every time.
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/main.ts', worker: 'src/worker.ts' },
  outdir: 'dist/server',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
