import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import type { $ZodType } from 'zod/v4/core';

/**
 * Response serialisation compiled from the route's Zod schema.
 *
 * Zod's serializer checks every answer against its schema before JSON.stringify: on a list of
 * classes that check cost more than building the list. What the check is needed for is that no
 * undeclared field (a row's org id, a customer's email) leaves through a response, and a
 * projection compiled once from the schema does that alone: it copies the declared fields, nothing
 * else, at every depth, and JSON.stringify writes the copy. Schemas it cannot project exactly
 * (unions of objects, transforms and codecs, records, defaults filled at output) keep Zod's
 * serializer. fast-json-stringify, Fastify's own way, is not a dependency of this project (only of
 * Fastify), and it picks a nullable or union field's branch with an Ajv check per value.
 */
type Projection = (value: unknown) => unknown;

const AS_IS: Projection = (value) => value;

interface ZodDef {
  type: string;
  innerType?: $ZodType;
  element?: $ZodType;
  shape?: Record<string, $ZodType>;
  catchall?: $ZodType;
  options?: $ZodType[];
}

const defOf = (schema: $ZodType): ZodDef => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

/** How to copy a value of `schema` keeping only what it declares, or null when a projection cannot be exact. */
export function projectionOf(schema: $ZodType): Projection | null {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'number':
    case 'int':
    case 'boolean':
    case 'enum':
    case 'literal':
    case 'null':
    case 'undefined':
    case 'date':
    case 'unknown':
    case 'any':
      return AS_IS;
    case 'nullable':
    case 'optional':
    case 'readonly':
    case 'nonoptional': {
      const inner = def.innerType ? projectionOf(def.innerType) : null;
      if (inner === null || inner === AS_IS) return inner;
      return (value) => (value === null || value === undefined ? value : inner(value));
    }
    case 'array': {
      const element = def.element ? projectionOf(def.element) : null;
      if (element === null) return null;
      if (element === AS_IS) return AS_IS;
      return (value) => (Array.isArray(value) ? value.map(element) : value);
    }
    case 'object': {
      // A loose object passes undeclared fields on by design: Zod's serializer does that.
      if (def.catchall && defOf(def.catchall).type !== 'never') return null;
      const fields: [string, Projection][] = [];
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const projection = projectionOf(field);
        if (projection === null) return null;
        fields.push([key, projection]);
      }
      return (value) => {
        if (typeof value !== 'object' || value === null) return value;
        const source = value as Record<string, unknown>;
        const copy: Record<string, unknown> = {};
        for (const [key, projection] of fields) {
          const field = source[key];
          if (field !== undefined) copy[key] = projection(field);
        }
        return copy;
      };
    }
    case 'union': {
      // Only unions of scalars: a union of objects would need Zod to tell which one a value is.
      const options = def.options ?? [];
      return options.every((option) => projectionOf(option) === AS_IS) ? AS_IS : null;
    }
    default:
      return null;
  }
}

type SerializerCompiler = typeof zodSerializerCompiler;

/** The app's response serializer compiler: a compiled projection, else Zod's own check. */
export const serializerCompiler: SerializerCompiler = (route) => {
  const schema = route.schema as $ZodType | { properties: $ZodType };
  const zodSchema = (schema as { _zod?: unknown })._zod
    ? (schema as $ZodType)
    : (schema as { properties?: $ZodType }).properties;
  const projection = zodSchema && (zodSchema as { _zod?: unknown })._zod ? projectionOf(zodSchema) : null;
  if (projection === null) return zodSerializerCompiler(route);
  return (data) => JSON.stringify(projection(data));
};
