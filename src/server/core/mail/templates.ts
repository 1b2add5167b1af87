import type { Language } from '../../../shared/text.js';
import { delegationFocalPoint } from './delegation.templates.js';
import { registrationReceived, registrationUpdated } from './registration.templates.js';

export interface Rendered {
  subject: string;
  text: string;
}

export type Template<P> = Record<Language, (params: P) => Rendered>;

const magicLink: Template<{ name: string; link: string; minutes: number }> = {
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
};

export type TemplateName = keyof typeof templates;
export type TemplateParams<T extends TemplateName> = Parameters<(typeof templates)[T]['en']>[0];

export function render<T extends TemplateName>(name: T, language: Language, params: TemplateParams<T>): Rendered {
  const template = templates[name] as Template<TemplateParams<T>>;
  return template[language](params);
}
