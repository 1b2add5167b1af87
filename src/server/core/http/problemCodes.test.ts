import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIELD_PROBLEMS } from '../../../shared/problemFields.js';
import { fillParams, paramsIn, placeholdersOf } from '../../../shared/problemParams.js';
import { PROBLEMS } from '../../../shared/problems.js';

/**
 * Every problem the server can send, walked: each has an Indonesian text, and each code a
 * server file names where it answers (an AppError, sendProblem, a field error's `code:`,
 * invalidField, notFound) is in the map, so no browser meets a code it can only show in English.
 */
const SERVER = resolve(fileURLToPath(import.meta.url), '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Where a server file names a code it answers with; notFound('x') answers `x.not_found`. */
const ANSWERS = [
  /new AppError\(\s*'([^']+)'/g,
  /sendProblem\(\s*[^,]+,\s*'([^']+)'/g,
  /sendWithParams\(\s*[^,]+,\s*'([^']+)'/g,
  /\bcode: '([a-z_]+\.[a-z_]+)'/g,
  /invalidField\(\s*[^,]+,\s*'([^']+)'/g,
  /\[\s*'(request\.[a-z_]+)',/g,
];
const NOT_FOUND = /\bnotFound\(\s*'([^']+)'\s*(?:,\s*'([^']+)')?\)/g;

function codesAnswered(): { code: string; file: string }[] {
  return sourceFiles(SERVER).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const file = relative(SERVER, path);
    const named = ANSWERS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1] as string));
    const notFound = [...text.matchAll(NOT_FOUND)].map((m) => m[2] ?? `${m[1]}.not_found`);
    return [...named, ...notFound].map((code) => ({ code, file }));
  });
}

const known = new Set([...Object.keys(PROBLEMS), ...Object.keys(FIELD_PROBLEMS)]);
const texts = [...Object.entries(PROBLEMS), ...Object.entries(FIELD_PROBLEMS)];

describe('every problem the server can send', () => {
  it('finds the codes the server answers with, and each is a code of the maps', () => {
    const answered = codesAnswered();
    // The walk itself finds what it should: a problem, a field problem, a not-found of each kind.
    expect(answered.map((a) => a.code)).toEqual(
      expect.arrayContaining(['auth.csrf_invalid', 'request.too_large', 'field.one_of', 'event.not_found']),
    );
    expect(answered.filter((a) => !known.has(a.code))).toEqual([]);
  });

  it.each(texts)('gives %s an Indonesian text with the same blanks as the English one', (_code, text) => {
    expect(text.id.trim()).not.toBe('');
    expect(text.id).not.toBe(text.en);
    expect(placeholdersOf(text.id)).toEqual(placeholdersOf(text.en));
  });

  it('fills a wait and a limit in the reader’s words, not in English', () => {
    const rateLimited = (language: 'en' | 'id') =>
      fillParams(PROBLEMS['request.rate_limited'][language], paramsIn(language, { retryAfterSeconds: 120 }));
    expect(rateLimited('en')).toBe('Too many attempts. Try again in 2 minutes.');
    expect(rateLimited('id')).toBe('Terlalu banyak percobaan. Silakan coba lagi dalam 2 menit.');
    const tooLarge = fillParams(PROBLEMS['request.too_large'].id, paramsIn('id', { limitBytes: 256 * 1024 }));
    expect(tooLarge).toBe('Yang Anda kirim lebih besar daripada yang diterima halaman ini: paling besar 256 kB.');
  });
});
