import type { Language } from '../../../shared/text.js';

export interface Rendered {
  subject: string;
  text: string;
}

/**
 * A mail in every language, its name (kept in the outbox), and the params that are
 * credentials (a link that signs in or opens a registration): staff who read the
 * outbox see a note in their place. Each module keeps its mails beside it
 * (`<module>.mails.ts`) and lists them in its manifest.
 */
export type Template<P extends object> = Record<Language, (params: P) => Rendered> & {
  name: string;
  credentials: readonly (keyof P & string)[];
};

/** Any template, whatever its params: what a manifest lists. */
export type MailTemplate = Record<Language, (params: never) => Rendered> & {
  name: string;
  credentials: readonly string[];
};

/** What stands where a credential was, in the text staff read. */
export const REDACTED_CREDENTIAL: Record<Language, string> = {
  en: '[sign-in link, only for the recipient]',
  id: '[tautan masuk, hanya untuk penerima]',
};

/** Renders a mail in one language. */
export function render<P extends object>(template: Template<P>, language: Language, params: P): Rendered {
  return template[language](params);
}

/** The text of the same mail with every credential replaced: what staff may read. */
export function renderRedacted<P extends object>(template: Template<P>, language: Language, params: P): string {
  const redacted = { ...params };
  for (const key of template.credentials) Object.assign(redacted, { [key]: REDACTED_CREDENTIAL[language] });
  return template[language](redacted).text;
}
