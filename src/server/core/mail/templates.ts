import type { Language } from '../../../shared/text.js';
import { delegationFocalPoint, delegationFocalPointNotice } from './delegation.templates.js';
import { registrationReceived, registrationUpdated } from './registration.templates.js';

export interface Rendered {
  subject: string;
  text: string;
}

/**
 * A mail in every language, and the params that are credentials (a link that signs
 * in or opens a registration): staff who read the outbox see a note in their place.
 */
export type Template<P> = Record<Language, (params: P) => Rendered> & { credentials: readonly (keyof P & string)[] };

/** What stands where a credential was, in the text staff read. */
export const REDACTED_CREDENTIAL: Record<Language, string> = {
  en: '[sign-in link, only for the recipient]',
  id: '[tautan masuk, hanya untuk penerima]',
};

const magicLink: Template<{ name: string; link: string; minutes: number }> = {
  credentials: ['link'],
  en: ({ name, link, minutes }) => ({
    subject: 'Your Pendopo sign-in link',
    text: `Hello ${name},\n\nOpen this link to sign in to Pendopo:\n\n${link}\n\nIt works once and expires in ${minutes} minutes. If you did not ask for it, ignore this message.\n`,
  }),
  id: ({ name, link, minutes }) => ({
    subject: 'Tautan masuk Pendopo Anda',
    text: `Halo ${name},\n\nBuka tautan ini untuk masuk ke Pendopo:\n\n${link}\n\nTautan hanya berlaku sekali dan kedaluwarsa dalam ${minutes} menit. Jika Anda tidak memintanya, abaikan pesan ini.\n`,
  }),
};

export const templates = {
  magic_link: magicLink,
  registration_received: registrationReceived,
  registration_updated: registrationUpdated,
  delegation_focal_point: delegationFocalPoint,
  delegation_focal_point_notice: delegationFocalPointNotice,
};

export type TemplateName = keyof typeof templates;
export type TemplateParams<T extends TemplateName> = Parameters<(typeof templates)[T]['en']>[0];

export function render<T extends TemplateName>(name: T, language: Language, params: TemplateParams<T>): Rendered {
  const template = templates[name] as Template<TemplateParams<T>>;
  return template[language](params);
}

/** The text of the same mail with every credential replaced: what staff may read. */
export function renderRedacted<T extends TemplateName>(name: T, language: Language, params: TemplateParams<T>): string {
  const template = templates[name] as Template<TemplateParams<T>>;
  const redacted = { ...params };
  for (const key of template.credentials) Object.assign(redacted, { [key]: REDACTED_CREDENTIAL[language] });
  return template[language](redacted).text;
}
