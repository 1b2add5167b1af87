import fc from 'fast-check';
import { hostileDate, hostileId, hostileNumber, hostileString, unknownKey, wrongValue } from './hostile.js';
import type { JsonSchema } from './operations.js';

/**
 * Real values the seeded world holds, by the name of the field or parameter
 * that takes them; `ids` serves every uuid, `keys` every map's keys.
 */
export type Pools = Record<string, string[]>;

/**
 * - benign: every value as a client would send it (real values where the world has them);
 * - hostile: the schema's types and bounds with hostile content in every string
 *   (what passes validation and reaches the handler and the database);
 * - wild: any node may be of the wrong type, required fields go missing, unknown ones appear.
 */
export type Texture = 'benign' | 'hostile' | 'wild';

export interface ShapeOptions {
  pools: Pools;
  texture: Texture;
}

const types = (schema: JsonSchema): string[] =>
  Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];

/** Cut or padded to the schema's length (a cut may split a surrogate pair: one more lone surrogate). */
const fitted = (schema: JsonSchema) => (value: string) =>
  value.slice(0, schema.maxLength ?? value.length).padEnd(schema.minLength ?? 0, 'x');

function formatted(schema: JsonSchema, ids: string[]): fc.Arbitrary<string> | null {
  if (schema.format === 'uuid') return ids.length ? fc.constantFrom(...ids) : fc.uuid({ version: 4 });
  if (schema.format === 'date-time') {
    const near = { min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true };
    return fc.date(near).map((date) => date.toISOString());
  }
  // What people type, not every address RFC 5322 allows (the app takes a stricter pattern).
  if (schema.format === 'email') return fc.stringMatching(/^[a-z]{2,10}(\.[a-z]{2,10})?@(example\.org|contoh\.id)$/);
  if (schema.format === 'uri') return fc.webUrl();
  return null;
}

function benignString(schema: JsonSchema, options: ShapeOptions, name?: string): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  const pool = name ? options.pools[name] : undefined;
  if (pool?.length) return fc.constantFrom(...pool);
  const format = formatted(schema, options.pools.ids ?? []);
  if (format) return format;
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).map(fitted(schema));
  return fc.stringMatching(/^[A-Z][a-z]{2,12}( [a-z]{2,12}){0,3}$/).map(fitted(schema));
}

function hostileStringOf(schema: JsonSchema): fc.Arbitrary<unknown> {
  const named = {
    uuid: hostileId,
    'date-time': hostileDate,
    email: fc.constantFrom('a\u0000@example.org', 'ü@example.org', `${'a'.repeat(64)}@${'b'.repeat(180)}.org`),
    uri: fc.constantFrom('javascript:alert(1)', 'http://[::1', 'file:///etc/passwd', 'https://example.org/\u0000'),
  }[schema.format ?? ''];
  return fc.oneof(...(named ? [named] : []), hostileString.map(fitted(schema)));
}

function numberOf(schema: JsonSchema, isInteger: boolean, texture: Texture): fc.Arbitrary<unknown> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
  const max = Math.max(
    min,
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1e6),
  );
  const inside = isInteger
    ? fc.integer({ min: Math.max(Math.ceil(min), -(2 ** 31)), max: Math.min(Math.floor(max), 2 ** 31 - 1) })
    : fc.double({ min, max, noNaN: true });
  if (texture === 'benign') return inside;
  return fc.oneof(inside, fc.constantFrom(min, max, min - 1, max + 1), hostileNumber);
}

function arrayOf(schema: JsonSchema, options: ShapeOptions): fc.Arbitrary<unknown> {
  const item = shaped(schema.items ?? {}, options);
  const maxLength = Math.min(schema.maxItems ?? 4, 4);
  const minLength = Math.min(schema.minItems ?? 0, maxLength);
  const fitting = fc.array(item, { minLength, maxLength });
  if (options.texture !== 'wild' || schema.maxItems === undefined || schema.maxItems > 200) return fitting;
  const tooMany = fc.array(item, { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 1 });
  return fc.oneof({ arbitrary: fitting, weight: 4 }, { arbitrary: tooMany, weight: 1 });
}

/** A map's keys: the world's known keys that the schema takes (English first), and made-up ones. */
function mapOf(schema: JsonSchema, values: JsonSchema, options: ShapeOptions): fc.Arbitrary<Record<string, unknown>> {
  const keySchema = schema.propertyNames ?? {};
  const pattern = keySchema.pattern ? new RegExp(keySchema.pattern) : null;
  const fits = (key: string) => key.length <= (keySchema.maxLength ?? 200) && (!pattern || pattern.test(key));
  const known = (options.pools.keys ?? []).filter(fits);
  const value = shaped(values, options);
  const madeUp = fc.dictionary(shaped(keySchema, options) as fc.Arbitrary<string>, value, { maxKeys: 2 });
  if (!known.length) return madeUp;
  const first = known[0] as string;
  const others = fc.dictionary(fc.constantFrom(...known), value, { maxKeys: known.length });
  return fc
    .tuple(value, others, options.texture === 'benign' ? fc.constant({}) : madeUp)
    .map(([firstValue, rest, extra]) => ({ ...extra, ...rest, [first]: firstValue }));
}

function objectOf(schema: JsonSchema, options: ShapeOptions): fc.Arbitrary<unknown> {
  const required = new Set(schema.required ?? []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) model[key] = shaped(property, options, key);
  const keys = Object.keys(model);
  const requiredKeys = options.texture === 'wild' ? [] : keys.filter((key) => required.has(key));
  const known = fc.record(model, { requiredKeys });
  const extra =
    typeof schema.additionalProperties === 'object'
      ? mapOf(schema, schema.additionalProperties, options)
      : fc.constant({});
  const unknown = options.texture === 'wild' ? fc.dictionary(unknownKey, wrongValue, { maxKeys: 2 }) : fc.constant({});
  return fc.tuple(known, extra, unknown).map(([a, b, c]) => withOwnKeys({ ...b, ...a }, c));
}

/** Adds keys as JSON would carry them, `__proto__` included (a spread would set the prototype instead). */
function withOwnKeys(target: Record<string, unknown>, extra: Record<string, unknown>) {
  for (const [key, value] of Object.entries(extra)) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return target;
}

/** Values of the schema's shape and the options' texture. */
export function shaped(schema: JsonSchema, options: ShapeOptions, name?: string): fc.Arbitrary<unknown> {
  const exact = exactly(schema, options, name);
  if (options.texture !== 'wild') return exact;
  return fc.oneof({ arbitrary: exact, weight: 7 }, { arbitrary: wrongValue, weight: 1 });
}

function exactly(schema: JsonSchema, options: ShapeOptions, name?: string): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  const branches = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (branches?.length) return fc.oneof(...branches.map((branch) => shaped(branch, options, name)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const kinds = types(schema);
  if (kinds.length === 0) return schema.properties ? objectOf(schema, options) : fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(
    ...kinds.map((kind): fc.Arbitrary<unknown> => {
      if (kind === 'string') {
        const benign = benignString(schema, options, name);
        if (options.texture === 'benign') return benign;
        return fc.oneof({ arbitrary: benign, weight: 1 }, { arbitrary: hostileStringOf(schema), weight: 2 });
      }
      if (kind === 'integer') return numberOf(schema, true, options.texture);
      if (kind === 'number') return numberOf(schema, false, options.texture);
      if (kind === 'boolean') return fc.boolean();
      if (kind === 'null') return fc.constant(null);
      if (kind === 'array') return arrayOf(schema, options);
      return objectOf(schema, options);
    }),
  );
}

/** The paths of a value's strings: where one hostile string may go. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

/** A benign value with exactly one of its strings made hostile: the one bad field in an otherwise good request. */
export function oneHostileString(schema: JsonSchema, pools: Pools): fc.Arbitrary<unknown> {
  return fc
    .tuple(shaped(schema, { pools, texture: 'benign' }), fc.nat(), hostileStringOf({}))
    .map(([value, pick, bad]) => {
      const paths = stringPaths(value);
      const path = paths[pick % Math.max(paths.length, 1)];
      if (!path?.length) return path ? bad : value;
      const copy = structuredClone(value) as Record<string | number, unknown>;
      let node = copy;
      for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
      node[path.at(-1) as string | number] = bad;
      return copy;
    });
}
