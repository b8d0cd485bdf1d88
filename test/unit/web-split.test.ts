// The public booking pages must not carry the dashboard's or the account pages' code: those are
// loaded when first opened (React.lazy in web/src/app.tsx). One static import of such a page from
// the app's entry would put it back into the bundle every visitor downloads, so the static import
// graph from web/src/main.tsx is walked here (without a build) and must not reach one of them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const web = path.resolve(import.meta.dirname, '../../web/src');

/** Relative specifiers of the file's static imports and re-exports (type-only ones erase at build). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => m[2] as string);
}

function resolve(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  const found = ['', '.tsx', '.ts', '/index.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f));
  assert.ok(found, `${specifier} from ${from} resolves`);
  return found;
}

/** A page of the dashboard, or an account page (the account helpers public pages share are fine). */
const isLazyPage = (file: string) =>
  /[/\\]pages[/\\]admin[/\\]/.test(file) || /[/\\]pages[/\\]account[/\\][\w-]+-page\.tsx$/.test(file);

test('the entry reaches no dashboard or account page through static imports', () => {
  const entry = path.join(web, 'main.tsx');
  const seen = new Map<string, string>([[entry, 'main.tsx']]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    for (const specifier of staticImports(file)) {
      if (!/\.(css|svg)$/.test(specifier)) {
        const target = resolve(file, specifier);
        if (!seen.has(target)) {
          seen.set(target, `${seen.get(file)} → ${path.relative(web, target)}`);
          queue.push(target);
        }
      }
    }
  }
  const reached = [...seen.keys()].filter(isLazyPage).map((file) => seen.get(file));
  assert.deepEqual(reached, [], 'import these pages with lazyPage() in web/src/app.tsx');
  // The walk itself works: it finds the public pages.
  assert.ok([...seen.keys()].some((file) => file.endsWith('week-page.tsx')));
});
