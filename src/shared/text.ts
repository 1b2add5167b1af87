import { z } from 'zod';
import { LANGUAGES } from './constants.js';

export { LANGUAGES, type Language, pickText } from './constants.js';
export const languageSchema = z.enum(LANGUAGES);

/**
 * Text people read, by language: English is required; Indonesian and any other
 * language (BCP 47 tag such as "fr" or "pt-BR") may be added.
 */
export const localizedText = (max: number, isEnglishRequired = true) =>
  z
    .record(
      z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'language tags look like "en", "id" or "pt-BR"'),
      z.string().trim().max(max),
    )
    .refine((text) => !isEnglishRequired || (text.en ?? '').length > 0, {
      message: 'English text is required',
      path: ['en'],
    });

export type LocalizedText = Record<string, string>;
