import { z } from 'zod';
import { LANGUAGES } from './constants.js';

export { LANGUAGES, type Language, pickText } from './constants.js';
export const languageSchema = z.enum(LANGUAGES);

// ---- Text as it crosses the boundary -------------------------------------------------------

/** A UTF-16 surrogate with no partner: not a character, and PostgreSQL's jsonb refuses its escape. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * What no text people send may hold: a NUL (PostgreSQL's text refuses it) or a lone
 * surrogate (no character at all). Added to every string the API takes, whatever its form.
 */
export function refuseUnsafeText(ctx: z.core.ParsePayload<string>) {
  if (ctx.value.includes('\u0000')) {
    ctx.issues.push({ code: 'custom', message: 'must not contain a NUL character', input: ctx.value });
  } else if (LONE_SURROGATE.test(ctx.value)) {
    ctx.issues.push({ code: 'custom', message: 'must not contain a lone UTF-16 surrogate', input: ctx.value });
  }
}

export interface TextOptions {
  /** At least this many characters once trimmed (default 0). */
  min?: number;
  /** Names, titles and the like: spaces around are dropped. */
  isTrimmed?: boolean;
}

/**
 * Text people write: no NUL, no lone surrogate, normalised to NFC (so "é" typed as e and
 * a combining accent is stored, compared and searched as one character), at most `max`
 * UTF-16 units after normalising.
 */
export function textSchema(max: number, { min = 0, isTrimmed = false }: TextOptions = {}) {
  const normalized = z.string().check(refuseUnsafeText).normalize('NFC');
  return (isTrimmed ? normalized.trim() : normalized).min(min).max(max);
}

/** A name or a title: trimmed, never empty. */
export const nameSchema = (max: number) => textSchema(max, { min: 1, isTrimmed: true });

/**
 * A secret a person types (a password): checked like text, but neither trimmed nor
 * normalised, so the same keys always give the same secret.
 */
export const secretSchema = (max: number) => z.string().check(refuseUnsafeText).min(1).max(max);

/** A token the server issued (a link key, a feed address): plain ASCII, never longer than `max`. */
export const tokenSchema = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9._~-]*$/, 'is not a token this server issues');

/** An event's address: lower-case letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX = 60;
const slugShape = () => z.string().max(SLUG_MAX).regex(SLUG_PATTERN, 'lower-case letters, digits and single hyphens');

/** The `:slug` of every event route, checked before any query. */
export const slugParamSchema = slugShape();
export const slugParams = z.object({ slug: slugParamSchema });
/** A new event's address. */
export const newSlugSchema = () => slugShape().min(3);

// ---- Instants --------------------------------------------------------------------------------

/** The years an instant may name: PostgreSQL refuses year 0, and nothing of a conference is older or later. */
export const INSTANT_MIN_YEAR = 1900;
export const INSTANT_MAX_YEAR = 2200;
const EARLIEST = Date.UTC(INSTANT_MIN_YEAR, 0, 1);
const LATEST = Date.UTC(INSTANT_MAX_YEAR + 1, 0, 1);

/** ISO 8601 with an offset (or Z), between the years 1900 and 2200. */
export const instantSchema = z.iso.datetime({ offset: true }).refine(
  (value) => {
    const at = Date.parse(value);
    return at >= EARLIEST && at < LATEST;
  },
  { message: `must be between the years ${INSTANT_MIN_YEAR} and ${INSTANT_MAX_YEAR}`, abort: true },
);

// ---- Text by language ------------------------------------------------------------------------

export const languageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'language tags look like "en", "id" or "pt-BR"');

/**
 * Text people read, by language: English is required; Indonesian and any other
 * language (BCP 47 tag such as "fr" or "pt-BR") may be added.
 */
export const localizedText = (max: number, isEnglishRequired = true) =>
  z
    .record(languageTagSchema, textSchema(max, { isTrimmed: true }))
    .refine((text) => !isEnglishRequired || (text.en ?? '').length > 0, {
      message: 'English text is required',
      path: ['en'],
    });

export type LocalizedText = Record<string, string>;
