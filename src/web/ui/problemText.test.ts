import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { FIELD_PROBLEMS } from '../../shared/problemFields.js';
import { fillParams, paramsIn } from '../../shared/problemParams.js';
import { PROBLEMS } from '../../shared/problems.js';
import en from '../i18n/en.json' with { type: 'json' };
import id from '../i18n/id.json' with { type: 'json' };
import { withProblemMessages } from '../i18n/problems.js';
import { fieldErrorText, problemMessage, type Translator } from './problemText.js';

/** An i18next as the browser sets it up (i18n.ts), in the given language. */
async function translatorIn(language: 'en' | 'id'): Promise<Translator> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: {
      en: { translation: withProblemMessages(en, 'en') },
      id: { translation: withProblemMessages(id, 'id') },
    },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  return { language: i18n.language, exists: (key) => i18n.exists(key), t: (key, values) => i18n.t(key, values) };
}

describe('the browser’s problem messages', () => {
  it('shows every code of the map in Indonesian to an Indonesian reader', async () => {
    const translator = await translatorIn('id');
    // Each with sample specifics for its blanks, filled by i18next as the server's English detail is by fillParams.
    const sample = { retryAfterSeconds: 90, limitBytes: 5 * 1024 * 1024, row: 7, options: 'en, id', count: 3 };
    for (const [code, text] of Object.entries(PROBLEMS)) {
      const shown = problemMessage(translator, code, sample);
      expect(shown).toBe(fillParams(text.id, paramsIn('id', sample)));
      expect(shown).not.toMatch(/\{\{/);
    }
    for (const [code, text] of Object.entries(FIELD_PROBLEMS)) {
      const shown = fieldErrorText(translator, { code, params: { ...sample, cells: 9, columns: 8 }, message: text.en });
      expect(shown).toMatchObject({ isTranslated: true });
      expect(shown.text).not.toMatch(/\{\{/);
      expect(shown.text).not.toBe(text.en);
    }
    expect(problemMessage(translator, 'auth.link_used')).toBe(
      'Tautan masuk ini sudah digunakan. Setiap tautan hanya berlaku sekali: mintalah yang baru.',
    );
  });

  it('says a wait and a limit in the reader’s words', async () => {
    const indonesian = await translatorIn('id');
    expect(problemMessage(indonesian, 'request.rate_limited', { retryAfterSeconds: 600 })).toBe(
      'Terlalu banyak percobaan. Silakan coba lagi dalam 10 menit.',
    );
    expect(problemMessage(indonesian, 'request.too_large', { limitBytes: 5 * 1024 * 1024 })).toBe(
      'Yang Anda kirim lebih besar daripada yang diterima halaman ini: paling besar 5 MB.',
    );
    const english = await translatorIn('en');
    expect(problemMessage(english, 'request.rate_limited', { retryAfterSeconds: 30 })).toBe(
      'Too many attempts. Try again in 30 seconds.',
    );
  });

  it('shows the English one to an English reader, and nothing of its own for an unknown code', async () => {
    const translator = await translatorIn('en');
    expect(problemMessage(translator, 'event.slug_taken')).toBe('That web address is taken. Choose another.');
    expect(problemMessage(translator, 'something.new')).toBeNull();
  });

  it('keeps the app’s own problem texts beside the map’s', async () => {
    const translator = await translatorIn('id');
    expect(problemMessage(translator, 'network.offline')).toBe(id.problem.network.offline);
    expect(translator.t('problem.unknown')).toBe(id.problem.unknown);
  });

  it('translates a field’s code for an Indonesian reader, falling back to the server’s words', async () => {
    const translator = await translatorIn('id');
    expect(fieldErrorText(translator, { code: 'field.taken', message: 'is taken' })).toEqual({
      text: 'Ini sudah dipakai.',
      isTranslated: true,
    });
    expect(fieldErrorText(translator, { code: 'field.brand_new', message: 'is odd' })).toEqual({
      text: 'is odd',
      isTranslated: false,
    });
    expect(fieldErrorText(translator, { message: 'is odd' })).toEqual({ text: 'is odd', isTranslated: false });
  });

  it('gives an English reader the server’s own words, which name the specifics', async () => {
    const translator = await translatorIn('en');
    const error = { code: 'field.double_booked', message: 'is already booked at that time for "Plenary"' };
    expect(fieldErrorText(translator, error)).toEqual({ text: error.message, isTranslated: false });
  });
});
