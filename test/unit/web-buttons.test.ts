// Every button of the web app is styled: a <button> with no class is the browser's grey default,
// which an outside look found on the pricing, credits, loyalty and waitlist pages.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const webSource = path.join(import.meta.dirname, '../../web/src');

/** The opening tags of the <button> elements of a TSX source (braces in attributes skipped). */
function buttonTags(source: string): { line: number; tag: string }[] {
  const tags: { line: number; tag: string }[] = [];
  for (const match of source.matchAll(/<button\b/g)) {
    let depth = 0;
    let end = match.index;
    for (; end < source.length; end += 1) {
      const char = source[end];
      if (char === '{') depth += 1;
      else if (char === '}') depth -= 1;
      else if (char === '>' && depth === 0) break;
    }
    tags.push({ line: source.slice(0, match.index).split('\n').length, tag: source.slice(match.index, end + 1) });
  }
  return tags;
}

test('every <button> in the web app has a class', () => {
  const files = readdirSync(webSource, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.tsx'));
  assert.ok(files.length > 20, 'the web sources are found');
  const bare = files.flatMap((file) =>
    buttonTags(readFileSync(path.join(webSource, file), 'utf8'))
      .filter(({ tag }) => !/\bclassName=/.test(tag))
      .map(({ line }) => `${file}:${line}`),
  );
  assert.deepEqual(bare, [], 'buttons without a class');
});

test('the bare-button check sees a bare button', () => {
  const [tag] = buttonTags('<div>\n  <button type="button" onClick={() => go({ a: 1 })}>Go</button>\n</div>');
  assert.equal(tag?.line, 2);
  assert.ok(tag && !/className=/.test(tag.tag));
});
