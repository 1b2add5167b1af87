import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../testing/sourceFiles.js';
import enMessages from './en.json' with { type: 'json' };
import idMessages from './id.json' with { type: 'json' };
import { withProblemMessages } from './problems.js';

/*
 * The message keys are checked here rather than by typing `t`: many are composed at run time
 * (a section's id, a status, a problem code the server sends), which no type can follow.
 * Every key the code names must be in en.json, and both languages must have the same keys.
 */

// The problem messages come from src/shared's map, merged in at load as the app does.
const en = withProblemMessages(enMessages, 'en');
const id = withProblemMessages(idMessages, 'id');

const WEB = dirname(fileURLToPath(import.meta.url)).replace(/\/i18n$/, '');

type Messages = { [key: string]: string | Messages };

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

/** Plural forms are one key: English has `_one` and `_other`, Indonesian only `_other`. */
const withoutPlural = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

const EN_KEYS = new Set(keysOf(en).map(withoutPlural));
const ID_KEYS = new Set(keysOf(id).map(withoutPlural));
const NAMESPACES = new Set(Object.keys(en));

const RAW_KEYS = new Set(keysOf(en));

/** A key the code may name: a message (a plural form too), or a group of messages it completes at run time. */
const isMessage = (key: string) =>
  EN_KEYS.has(key) || RAW_KEYS.has(key) || [...EN_KEYS].some((known) => known.startsWith(`${key.replace(/\.$/, '')}.`));

/** Or a problem code the server sends ("validation.failed"), whose message is problem.<code>. */
const isKnown = (key: string) => isMessage(key) || isMessage(`problem.${key}`);

/** A template's fixed start: "problem." in `problem.${code}`, "x.confirmed_" in `x.confirmed_${attendance}`. */
const isKnownStart = (start: string) => [...RAW_KEYS].some((known) => known.startsWith(start));

/** Every string in the code that reads as a message key: "namespace.rest", the namespace one of en.json's. */
function namedKeys(): { file: string; key: string; isStart: boolean }[] {
  return sourceFiles(WEB).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    // A problem code compared with an error's (`error.code !== 'x.y'`) is the server's, not a message.
    const literals = [
      ...text.matchAll(
        /(code\s*[!=]==\s*)?(?:'([a-z][A-Za-z]*\.[A-Za-z0-9_.-]+)'|"([a-z][A-Za-z]*\.[A-Za-z0-9_.-]+)")/g,
      ),
    ]
      .filter((m) => m[1] === undefined)
      .map((m) => m[2] ?? m[3] ?? '');
    // A template's fixed start ("problem." in `problem.${code}`) must be a group of messages.
    const prefixes = [...text.matchAll(/`([a-z][A-Za-z]*\.[A-Za-z0-9_.-]*)\$\{/g)].map((m) => m[1] ?? '');
    return [...literals.map((key) => ({ key, isStart: false })), ...prefixes.map((key) => ({ key, isStart: true }))]
      .filter(({ key }) => NAMESPACES.has(key.split('.')[0] ?? ''))
      .map((named) => ({ file: relative(WEB, file), ...named }));
  });
}

describe('the message keys', () => {
  it('are the same in English and in Indonesian', () => {
    expect([...EN_KEYS].filter((key) => !ID_KEYS.has(key))).toEqual([]);
    expect([...ID_KEYS].filter((key) => !EN_KEYS.has(key))).toEqual([]);
  });

  it('has every key the code names', () => {
    const named = namedKeys();
    expect(named.length).toBeGreaterThan(500);
    expect(named.filter(({ key, isStart }) => !(isStart ? isKnownStart(key) : isKnown(key)))).toEqual([]);
  });

  it('knows a missing key when it sees one', () => {
    expect(isKnown('registration.mine.noAnswer')).toBe(true);
    expect(isKnown('programme.speakers_other')).toBe(true);
    expect(isKnown('validation.failed')).toBe(true);
    expect(isKnownStart('problem.')).toBe(true);
    expect(isKnownStart('registration.statusMeaning.confirmed_')).toBe(true);
    expect(isKnownStart('registration.statusMeaning.nothing_')).toBe(false);
    expect(isKnown('registration.mine.noSuchMessage')).toBe(false);
    expect(isKnown('registration.min')).toBe(false);
  });
});
