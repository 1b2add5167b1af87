import { z } from 'zod';

export const LANGUAGES = ['en', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];
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

/** Picks the reader's language, then English. */
export function pickText(text: LocalizedText, language: string): string {
  return text[language] || text.en || '';
}
