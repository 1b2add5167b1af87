import fc from 'fast-check';
import { hostileString, wrongValue } from './hostile.js';
import type { Method, Operation, Parameter } from './operations.js';
import { oneHostileString, type Pools, shaped, type Texture } from './shaped.js';

export interface FuzzRequest {
  method: Method;
  url: string;
  contentType: string | null;
  payload: string | Buffer | null;
}

/**
 * Percent-encodes any JavaScript string, lone surrogates included (as the
 * bytes WTF-8 gives them, which no UTF-8 decoder accepts), where
 * encodeURIComponent would throw.
 */
export function encodePart(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // A lone surrogate: encoded one character at a time below.
  }
  let out = '';
  for (const char of value) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += `%${(0xe0 | (unit >> 12)).toString(16)}%${(0x80 | ((unit >> 6) & 0x3f)).toString(16)}%${(0x80 | (unit & 0x3f)).toString(16)}`;
    } else out += encodeURIComponent(char);
  }
  return out;
}

/** What a hand-written address may hold that no encoder makes. */
const RAW_PARTS = [
  '%',
  '%zz',
  '%00',
  '%C0%AF',
  '%ED%A0%80',
  '%E0%A4%A',
  '%FF%FE',
  '..',
  '.',
  '%2F',
  '%2e%2e%2f',
  'a%20b',
  '%u0000',
  ';',
  '%3F%23',
];

const textOf = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value !== null && typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

const realPart = (param: Parameter, pools: Pools) =>
  shaped(param.schema, { pools, texture: 'benign' }, param.name).map((value) => encodePart(textOf(value)));

function hostilePart(param: Parameter, pools: Pools): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: realPart(param, pools), weight: 2 },
    {
      arbitrary: shaped(param.schema, { pools, texture: 'hostile' }).map((value) => encodePart(textOf(value))),
      weight: 2,
    },
    { arbitrary: hostileString.map(encodePart), weight: 2 },
    { arbitrary: fc.constantFrom(...RAW_PARTS), weight: 1 },
  );
}

/** The path filled in: mostly with real slugs and ids (so that the rest is tried on a real record), or not. */
function pathOf(operation: Operation, pools: Pools): fc.Arbitrary<string> {
  const fill = (values: string[]) =>
    operation.pathParams.reduce((url, param, i) => url.replace(`{${param.name}}`, values[i] ?? ''), operation.path);
  const params = operation.pathParams;
  return fc.oneof(
    { arbitrary: fc.tuple(...params.map((param) => realPart(param, pools))).map(fill), weight: 3 },
    { arbitrary: fc.tuple(...params.map((param) => hostilePart(param, pools))).map(fill), weight: 1 },
  );
}

/** One query parameter as the address carries it: repeated for an array or comma-joined, or a JSON text. */
function queryPairs(name: string, value: unknown, isRepeated: boolean): string[] {
  const key = encodePart(name);
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    const items = value.map(textOf);
    return isRepeated ? items.map((item) => `${key}=${encodePart(item)}`) : [`${key}=${encodePart(items.join(','))}`];
  }
  return [`${key}=${encodePart(textOf(value))}`];
}

const RAW_QUERIES = [
  '&&&',
  '=',
  '=x',
  'a=%zz',
  '__proto__=1',
  'constructor[prototype][x]=1',
  'q[]=1&q[a]=2',
  'page=1&page=2',
  '%00=%00',
];

function queryString(params: Parameter[], pools: Pools): fc.Arbitrary<string> {
  const values = (texture: Texture) =>
    fc.tuple(
      ...params.map((param) =>
        fc.option(shaped(param.schema, { pools, texture }, param.name), { nil: undefined, freq: 2 }),
      ),
    );
  const declared = fc
    .tuple(fc.oneof(values('benign'), values('hostile'), values('wild')), fc.boolean())
    .map(([chosen, isRepeated]) => params.flatMap((param, i) => queryPairs(param.name, chosen[i], isRepeated)));
  const extra = fc.oneof(
    { arbitrary: fc.constant([] as string[]), weight: 4 },
    { arbitrary: fc.tuple(fc.string({ maxLength: 8 }), wrongValue).map(([k, v]) => queryPairs(k, v, true)), weight: 1 },
    { arbitrary: fc.constantFrom(...RAW_QUERIES).map((raw) => [raw]), weight: 1 },
  );
  return fc.tuple(declared, extra).map(([a, b]) => [...a, ...b].join('&'));
}

const JSON_TYPES = ['application/json', 'application/json; charset=utf-8'];
const OTHER_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'image/png',
  'image/jpeg',
  'text/csv',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/problem+json',
  'APPLICATION/JSON',
  'application/json, text/plain',
  '*/*',
  ';',
];

const deepText = (depth: number, open: string, close: string) => open.repeat(depth) + close.repeat(depth);

const RAW_BODIES: (string | Buffer)[] = [
  '',
  '{',
  'null',
  '[]',
  '"text"',
  '0',
  '{"a":1e400}',
  '{"a":1,"a":2}',
  '\uFEFF{}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  deepText(10_000, '[', ']'),
  deepText(5_000, '{"a":', '}'),
  Buffer.from([0xff, 0xfe, 0xc0, 0x80, 0x7b, 0x7d]),
  Buffer.from('{"name":"\u00e9"}', 'latin1'),
  JSON.stringify({ name: 'x'.repeat(300_000) }),
];

type Body = { contentType: string | null; payload: string | Buffer | null };

function body(operation: Operation, pools: Pools): fc.Arbitrary<Body> {
  const json = (value: fc.Arbitrary<unknown>) =>
    fc
      .tuple(value, fc.constantFrom(...JSON_TYPES))
      .map(([v, contentType]) => ({ contentType, payload: JSON.stringify(v) ?? 'null' }));
  const raw = fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...RAW_BODIES),
        fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
      ),
      fc.constantFrom(...JSON_TYPES, ...OTHER_TYPES, ...operation.otherBodyTypes),
    )
    .map(([payload, contentType]) => ({ contentType, payload }));
  const nothing = fc.constant({ contentType: null, payload: null });
  if (!operation.body) {
    return fc.oneof(
      { arbitrary: nothing, weight: 5 },
      { arbitrary: json(wrongValue), weight: 1 },
      { arbitrary: raw, weight: 1 },
    );
  }
  const schema = operation.body;
  const typed = shaped(schema, { pools, texture: 'benign' }).chain((value) =>
    fc.constantFrom(...OTHER_TYPES).map((contentType) => ({ contentType, payload: JSON.stringify(value) ?? 'null' })),
  );
  return fc.oneof(
    { arbitrary: json(shaped(schema, { pools, texture: 'benign' })), weight: 2 },
    { arbitrary: json(oneHostileString(schema, pools)), weight: 3 },
    { arbitrary: json(shaped(schema, { pools, texture: 'hostile' })), weight: 2 },
    { arbitrary: json(shaped(schema, { pools, texture: 'wild' })), weight: 3 },
    { arbitrary: json(wrongValue), weight: 1 },
    { arbitrary: typed, weight: 1 },
    { arbitrary: raw, weight: 1 },
    { arbitrary: nothing, weight: 1 },
  );
}

/** Requests for one route: its path filled in, a query string, and a body, each sane or not. */
export function requestsFor(operation: Operation, pools: Pools): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(pathOf(operation, pools), queryString(operation.query, pools), body(operation, pools))
    .map(([url, query, { contentType, payload }]) => ({
      method: operation.method,
      url: query ? `${url}?${query}` : url,
      contentType,
      payload,
    }));
}
