import type { TFunction } from 'i18next';
import { currentLanguage, INTL_LOCALES } from '../i18n/i18n.js';

/** A stream's language in the reader's words ("Indonesian", "bahasa Inggris"); `floor` is the room's own sound. */
export function channelName(code: string, t: TFunction): string {
  if (code === 'floor') return t('live.floor');
  try {
    return new Intl.DisplayNames([INTL_LOCALES[currentLanguage()]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
