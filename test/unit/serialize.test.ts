// The response serializer (src/platform/serialize.ts) copies only what a route's schema declares.
// Every named response schema of the API is checked: a value of its shape, with an undeclared
// field added to every object at every depth, must come out with the declared fields intact and
// no undeclared one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import type { $ZodType } from 'zod/v4/core';
import '../../src/app.ts';
import { projectionOf, serializerCompiler } from '../../src/platform/serialize.ts';

interface Def {
  type: string;
  innerType?: $ZodType;
  element?: $ZodType;
  shape?: Record<string, $ZodType>;
  options?: $ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
}
const defOf = (schema: $ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const LEAK = 'undeclaredSecret';

/** A value of the schema's shape; with `leak`, every object also carries an undeclared field. */
function sample(schema: $ZodType, leak: boolean): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return 'text';
    case 'number':
    case 'int':
      return 7;
    case 'boolean':
      return true;
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'literal':
      return def.values?.[0];
    case 'null':
      return null;
    case 'date':
      return new Date(0);
    case 'nullable':
    case 'optional':
    case 'readonly':
    case 'nonoptional':
      return sample(def.innerType as $ZodType, leak);
    case 'array':
      return [sample(def.element as $ZodType, leak), sample(def.element as $ZodType, leak)];
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape ?? {})) value[key] = sample(field, leak);
      if (leak) value[LEAK] = 'must not leave';
      return value;
    }
    case 'union':
      return sample((def.options as $ZodType[])[0] as $ZodType, leak);
    default:
      return 'anything';
  }
}

test('every named response schema that is projected keeps its declared fields and drops the rest', () => {
  const named = [...z.globalRegistry._idmap.entries()];
  assert.ok(named.length > 20, 'the API registers its named schemas on import');
  let projected = 0;
  for (const [id, schema] of named) {
    if (!projectionOf(schema)) continue;
    projected += 1;
    const serialize = serializerCompiler({ schema, method: 'GET', url: `/${id}` } as never);
    const written = JSON.parse(serialize(sample(schema, true)));
    assert.doesNotMatch(JSON.stringify(written), new RegExp(LEAK), id);
    assert.deepEqual(written, JSON.parse(JSON.stringify(sample(schema, false))), id);
  }
  assert.ok(projected > named.length / 2, `${projected} of ${named.length} named schemas are projected`);
});

test('a nested answer loses undeclared fields at every depth; null and missing optional fields stay as they are', () => {
  const schema = z.object({
    id: z.string(),
    note: z.string().nullable(),
    extra: z.string().optional(),
    items: z.array(z.object({ n: z.number(), tags: z.array(z.string()) })),
    price: z.object({ amount: z.number(), currency: z.string() }).nullable(),
  });
  const serialize = serializerCompiler({ schema, method: 'GET', url: '/x' } as never);
  const written = serialize({
    id: 'a',
    note: null,
    orgId: 'secret',
    items: [{ n: 1, tags: ['t'], customerEmail: 'x@example.test' }],
    price: { amount: 100, currency: 'SEK', costPrice: 3 },
  });
  assert.equal(
    written,
    '{"id":"a","note":null,"items":[{"n":1,"tags":["t"]}],"price":{"amount":100,"currency":"SEK"}}',
  );
});

test('schemas a projection cannot follow exactly keep Zod serialisation', () => {
  const union = z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]);
  assert.equal(projectionOf(union), null);
  assert.equal(projectionOf(z.looseObject({ a: z.string() })), null);
  assert.equal(projectionOf(z.object({ a: z.string().default('x') })), null);
  assert.equal(projectionOf(z.object({ a: z.string().transform((s) => s.length) })), null);
  // Zod's serializer still checks those: a wrong answer is an error, not a leak.
  const serialize = serializerCompiler({ schema: union, method: 'GET', url: '/x' } as never);
  assert.throws(() => serialize({ c: true }));
});
