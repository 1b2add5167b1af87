import type { Language } from '../../../shared/text.js';

/** A labelled line of a mail (event, when, where): a list in the HTML part, "Label: value" lines in the text. */
export interface Fact {
  label: string;
  value: string;
}

/** A part of a mail's body: a paragraph (its lines kept), or a list of facts. */
export type Block = string | { facts: readonly Fact[] };

/** A file the mail carries (an .ics); never a credential: staff may see that it was sent. */
export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * What a template writes: a subject, and either its plain text (paragraphs apart by a
 * blank line, links as bare addresses) or its blocks. Core makes the HTML part from
 * either (see compose.ts), so no template writes HTML.
 */
export type Rendered = { subject: string; attachments?: readonly Attachment[] } & (
  | { text: string; body?: never }
  | { body: readonly Block[]; text?: never }
);

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

/** Renders a mail in one language, as its template wrote it. */
export function render<P extends object>(template: Template<P>, language: Language, params: P): Rendered {
  return template[language](params);
}

/** The same mail with every credential replaced: what staff may read. */
export function renderRedacted<P extends object>(template: Template<P>, language: Language, params: P): Rendered {
  const redacted = { ...params };
  for (const key of template.credentials) Object.assign(redacted, { [key]: REDACTED_CREDENTIAL[language] });
  return template[language](redacted);
}
