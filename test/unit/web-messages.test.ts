// The web app's Swedish texts are a script of their own (issue 14), loaded only for a Swedish page.
// The type check already refuses a missing or extra key; this also checks what the type cannot: that
// loading gives the Swedish texts, and that each says the same {placeholders} as its English one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { english, loadCatalogue } from '../../web/src/i18n/messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('Swedish loads on demand with every English key, each with the same placeholders', async () => {
  assert.equal(await loadCatalogue('en'), english);
  const sv = await loadCatalogue('sv');
  assert.deepEqual(Object.keys(sv).sort(), Object.keys(english).sort());
  assert.equal(sv['app.loading'], 'Laddar…');
  const mismatched = Object.entries(english)
    .filter(([key, text]) => placeholders(text).join() !== placeholders(sv[key as keyof typeof sv]).join())
    .map(([key]) => key);
  assert.deepEqual(mismatched, []);
});
