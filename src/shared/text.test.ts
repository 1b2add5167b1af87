import { describe, expect, it } from 'vitest';
import {
  instantSchema,
  localizedText,
  nameSchema,
  secretSchema,
  slugParamSchema,
  textSchema,
  tokenSchema,
} from './text.js';

const messagesOf = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('textSchema', () => {
  it('normalises a decomposed accent to NFC, so it is one character', () => {
    const decomposed = 'Jose\u0301';
    expect(decomposed).toHaveLength(5);
    const parsed = textSchema(10).parse(decomposed);
    expect(parsed).toBe('Jos\u00e9');
    expect(parsed).toHaveLength(4);
  });

  it('takes emoji, right-to-left text and its marks as they are', () => {
    for (const text of [
      '\u{1F30F}\u{1F1EE}\u{1F1E9} \u{1F469}\u{1F3FD}\u200D\u{1F4BB}',
      '\u0645\u0631\u062D\u0628\u0627',
      '\u200Fשלום\u200E',
      'Bahasa Indonesia',
    ]) {
      expect(textSchema(100).parse(text)).toBe(text);
    }
  });

  it('refuses NUL and lone surrogates of either kind', () => {
    expect(messagesOf(textSchema(10).safeParse('a\u0000b'))).toEqual(['must not contain a NUL character']);
    for (const lone of ['a\ud83d', '\ude00b', '\ud83d\ud83d\ude00'.slice(0, 2), 'x\udfffy']) {
      expect(messagesOf(textSchema(10).safeParse(lone))).toEqual(['must not contain a lone UTF-16 surrogate']);
    }
  });

  it('bounds the length after normalising, and trims names', () => {
    expect(textSchema(4).safeParse('Jose\u0301').success).toBe(true);
    expect(textSchema(3).safeParse('abcd').success).toBe(false);
    expect(nameSchema(10).parse('  Ayu  ')).toBe('Ayu');
    expect(nameSchema(10).safeParse('   ').success).toBe(false);
  });

  it('checks every language of a localized text', () => {
    expect(localizedText(50).safeParse({ en: 'Hello', id: 'Halo\u0000' }).success).toBe(false);
    expect(localizedText(50).parse({ en: ' Cafe\u0301 ' })).toEqual({ en: 'Caf\u00e9' });
  });

  it('keeps secrets as typed, but still refuses NUL', () => {
    expect(secretSchema(50).parse(' Jose\u0301 ')).toBe(' Jose\u0301 ');
    expect(secretSchema(50).safeParse('pass\u0000word').success).toBe(false);
  });
});

describe('instantSchema', () => {
  it('takes ISO 8601 with an offset between 1900 and 2200', () => {
    for (const value of ['2021-11-16T13:00:00+08:00', '1900-01-01T00:00:00Z', '2200-12-31T23:59:59Z']) {
      expect(instantSchema.safeParse(value).success, value).toBe(true);
    }
  });

  it('refuses year 0, years out of range, and no offset', () => {
    for (const value of [
      '0000-01-01T00:00:00Z',
      '1899-12-31T23:59:59Z',
      '2201-01-01T00:00:00Z',
      '9999-12-31T00:00:00Z',
      '2021-11-16T13:00:00',
    ]) {
      expect(instantSchema.safeParse(value).success, value).toBe(false);
    }
  });
});

describe('slugParamSchema and tokenSchema', () => {
  it('takes event addresses and refuses anything else', () => {
    expect(slugParamSchema.safeParse('icdd-2021').success).toBe(true);
    for (const bad of ['a\u0000b', 'ICDD', 'a--b', 'x'.repeat(61), "a'b"]) {
      expect(slugParamSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('takes tokens the server issues and refuses NUL or markup', () => {
    expect(tokenSchema(100).safeParse(`${crypto.randomUUID()}.AbC-_9`).success).toBe(true);
    expect(tokenSchema(100).safeParse('a\u0000b').success).toBe(false);
    expect(tokenSchema(100).safeParse('<script>').success).toBe(false);
  });
});
