// Keeps docs/architecture.md honest: its table of layers is the rule, and every import in src/ is
// checked against it. A module may import platform and modules in a lower layer, never a module in
// its own or a higher layer; platform imports no module. The few arrows that still point up are
// listed in the document, and a listed arrow that no longer exists fails too, so the list only shrinks.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
const doc = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');

/** `| 5 | bookings | … |` rows of the layers table: module → layer number. */
function layersFromDoc(): Map<string, number> {
  const layers = new Map<string, number>();
  for (const match of doc.matchAll(/^\| (\d+(?:\.\d+)?) \| ([^|]+) \|/gm)) {
    const layer = Number(match[1]);
    for (const name of match[2]?.matchAll(/`([a-z-]+)`/g) ?? []) layers.set(name[1] as string, layer);
  }
  return layers;
}

/** `- \`from → to\`` lines under "Arrows that still point up". */
function allowedFromDoc(): Set<string> {
  const section = doc.split(/^### Arrows that still point up$/m)[1]?.split(/^#/m)[0] ?? '';
  return new Set([...section.matchAll(/^- `([a-z-]+) → ([a-z-]+)`/gm)].map((m) => `${m[1]} → ${m[2]}`));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every module-relative specifier a file imports or re-exports, type-only imports included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1] as string);
}

/** Where an import lands: a module's name, 'platform', or the file itself outside both. */
function targetOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = path.relative(path.join(root, 'src'), path.resolve(path.dirname(file), specifier));
  const [top, name] = target.split(path.sep);
  if (top === 'modules') return name ?? null;
  if (top === 'platform') return 'platform';
  return target;
}

const layers = layersFromDoc();
const allowed = allowedFromDoc();

test('docs/architecture.md places every module in src/modules in a layer', () => {
  const modules = readdirSync(path.join(root, 'src/modules'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const missing = modules.filter((name) => !layers.has(name));
  assert.deepEqual(missing, [], 'add these modules to the layers table in docs/architecture.md');
  assert.equal(layers.get('platform'), 1);
});

test('platform imports no module and nothing above it', () => {
  const wrong = sourceFiles('src/platform').flatMap((file) =>
    importsOf(file)
      .map((specifier) => targetOf(file, specifier))
      .filter((target) => target !== null && target !== 'platform')
      .map((target) => `${path.relative(root, file)} → ${target}`),
  );
  assert.deepEqual(wrong, []);
});

test('modules import only platform and lower layers (or an arrow the map lists as still pointing up)', () => {
  const seen = new Set<string>();
  const wrong: string[] = [];
  for (const file of sourceFiles('src/modules')) {
    const from = path.relative(path.join(root, 'src/modules'), file).split(path.sep)[0] as string;
    const fromLayer = layers.get(from) ?? Number.NaN;
    for (const specifier of importsOf(file)) {
      const to = targetOf(file, specifier);
      if (to === null || to === from || to === 'platform') continue;
      const arrow = `${from} → ${layers.has(to) ? to : path.basename(to, '.ts')}`;
      if (layers.has(to) && (layers.get(to) as number) < fromLayer) continue;
      seen.add(arrow);
      if (!allowed.has(arrow)) wrong.push(`${path.relative(root, file)}: ${arrow}`);
    }
  }
  assert.deepEqual(wrong, [], 'these imports point up or sideways: move the code down, or into a flow above both');
  const gone = [...allowed].filter((arrow) => !seen.has(arrow));
  assert.deepEqual(gone, [], 'these arrows no longer exist: delete them from docs/architecture.md');
});
