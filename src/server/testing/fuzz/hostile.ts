import fc from 'fast-check';

/**
 * Values that have broken servers before: the text a database or a parser
 * chokes on, numbers at the edges of every range, dates outside the calendar a
 * database keeps, ids that look right and are not, and shapes nobody expects.
 */

const NAMED_STRINGS = [
  '',
  ' ',
  '\t\r\n',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(64),
  '\uD800',
  '\uDFFF',
  'x\uDC00y',
  '\uDBFF\uDBFF',
  '\uFFFE\uFFFF',
  '\uFEFFbom',
  '👩🏽‍💻🇮🇩',
  '🙂'.repeat(300),
  '\u202Eevil\u202C',
  '\u200F\u200E\u061C',
  'مرحبا بالعالم',
  'e\u0301\u0301\u0301',
  '\u200B\u200C\u200D\u2060',
  'İıẞß',
  "'; drop table events; --",
  '" or 1=1 --',
  '%',
  '%00',
  '%zz',
  '_%\\',
  '\\u0000',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}$\u{7B}7*7}',
  '=cmd|" /C calc"!A0',
  ';=1+1',
  'null',
  'undefined',
  'true',
  '__proto__',
  'constructor',
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  '0x7fffffff',
  '99999999999999999999999',
];

const HUGE_LENGTHS = [256, 1_001, 10_000];

/** Strings longer than any field allows (a body over the limit is one of the raw bodies). */
export const hugeString = fc
  .tuple(fc.constantFrom(...HUGE_LENGTHS), fc.constantFrom('x', 'é', '\u0000', '🙂', 'ab\uD800'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

const NAMED_DATES = [
  '0000-01-01T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '10000-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '1969-12-31T23:59:59Z',
  '2021-02-30T00:00:00Z',
  '2021-13-01T00:00:00Z',
  '2021-11-16T24:00:00Z',
  '2021-11-16T09:00:00+25:00',
  '2021-11-16T09:00:00.123456789Z',
  '2021-11-16T09:00:00',
  '2021-11-16',
  '4714-11-24T00:00:00Z',
  '294277-01-01T00:00:00Z',
];

/** ISO-looking instants from year 0 to year 9999, and the named ones past every edge. */
export const hostileDate = fc.oneof(
  fc.constantFrom(...NAMED_DATES),
  fc
    .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
    .map((date) => date.toISOString()),
);

const NAMED_UUIDS = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000g',
  '123e4567-e89b-92d3-a456-426614174000',
  '123e4567-e89b-12d3-c456-426614174000',
  '123E4567-E89B-42D3-A456-426614174000',
  '123e4567e89b42d3a456426614174000',
  '{123e4567-e89b-42d3-a456-426614174000}',
  '123e4567-e89b-42d3-a456-4266141740000',
  '123e4567-e89b-42d3-a456-42661417400',
  '123e4567-e89b-42d3-a456-426614174000\u0000',
  ' 123e4567-e89b-42d3-a456-426614174000',
];

/** Real-looking ids that point nowhere, and ids that only look like ids. */
export const hostileId = fc.oneof(
  fc.uuid({ version: [4, 7] }),
  fc.constantFrom(...NAMED_UUIDS),
  fc.uuid().map((id) => `${id}${id}`),
  fc.uuid().map((id) => id.replace(/-/g, '')),
);

const EXTREME_NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  -0.000001,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
];

export const hostileNumber = fc.oneof(
  fc.constantFrom(...EXTREME_NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export const hostileString = fc.oneof(
  { arbitrary: fc.constantFrom(...NAMED_STRINGS), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: hostileDate, weight: 1 },
  { arbitrary: hostileId, weight: 1 },
);

/** Arrays or objects nested deeper than any schema goes. */
export const deepValue = fc.tuple(fc.constantFrom(20, 200, 2_000), fc.boolean()).map(([depth, isArray]) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = isArray ? [value] : { a: value };
  return value;
});

/** Keys an attacker adds to a body: prototype pollution, privilege, plain noise. */
export const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'role', 'id', 'status', 'eventId', ''),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
);

/** Any value of the wrong type for wherever it lands. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { '': null }), weight: 3 },
  { arbitrary: hostileNumber, weight: 2 },
  { arbitrary: hostileString, weight: 3 },
  { arbitrary: deepValue, weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
);
