// Builds the web app into web/dist when it is missing or older than its sources. `npm start`
// runs this first (prestart), so that the README's first command is still all a newcomer needs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'web');
const builtIndex = path.join(web, 'dist', 'index.html');

/** The newest modification time among the web app's sources and the installed dependencies' lock. */
function newestSource() {
  const sources = readdirSync(web, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !path.relative(web, entry.parentPath).split(path.sep).includes('dist'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  return Math.max(...[...sources, path.join(root, 'package-lock.json')].map((file) => statSync(file).mtimeMs));
}

/** Builds when needed; returns whether it built. */
export async function buildWebIfStale() {
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  if (builtAt >= newestSource()) return false;
  let vite;
  try {
    vite = await import('vite');
  } catch {
    // An install without devDependencies cannot build; an existing build is then used as it is.
    if (builtAt > 0) return false;
    throw new Error('The web app is not built and Vite is not installed: run `npm install` (with dev dependencies).');
  }
  process.stdout.write('Building the web app (web/dist)…\n');
  const started = performance.now();
  await vite.build({ configFile: path.join(web, 'vite.config.ts'), logLevel: 'warn' });
  process.stdout.write(`Built the web app in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildWebIfStale();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
