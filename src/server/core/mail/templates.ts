import type { Language } from '../../../shared/text.js';

interface Rendered {
  subject: string;
  text: string;
}

type Template<P> = Record<Language, (params: P) => Rendered>;

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

type RegistrationStatusText = 'pending' | 'confirmed' | 'waitlisted' | 'declined' | 'cancelled';

const registrationReceived: Template<{ name: string; event: string; status: RegistrationStatusText }> = {
  en: ({ name, event, status }) => ({
    subject: `Your registration for ${event}`,
    text: `Hello ${name},\n\nWe received your registration for ${event}. ${
      {
        confirmed: 'Your place is confirmed.',
        waitlisted: 'All in-person places are taken, so you are on the waiting list; we will write when a place frees.',
        pending: 'The secretariat will review it and write to you.',
        declined: 'It was declined.',
        cancelled: 'It is cancelled.',
      }[status]
    }\n`,
  }),
  id: ({ name, event, status }) => ({
    subject: `Pendaftaran Anda untuk ${event}`,
    text: `Halo ${name},\n\nKami telah menerima pendaftaran Anda untuk ${event}. ${
      {
        confirmed: 'Tempat Anda sudah dikonfirmasi.',
        waitlisted:
          'Semua tempat untuk kehadiran langsung sudah terisi, jadi Anda masuk daftar tunggu; kami akan mengabari Anda bila ada tempat kosong.',
        pending: 'Sekretariat akan memeriksanya dan menghubungi Anda.',
        declined: 'Pendaftaran ini ditolak.',
        cancelled: 'Pendaftaran ini dibatalkan.',
      }[status]
    }\n`,
  }),
};

export const templates = { magic_link: magicLink, registration_received: registrationReceived };

export type TemplateName = keyof typeof templates;
export type TemplateParams<T extends TemplateName> = Parameters<(typeof templates)[T]['en']>[0];

export function render<T extends TemplateName>(name: T, language: Language, params: TemplateParams<T>): Rendered {
  const template = templates[name] as Template<TemplateParams<T>>;
  return template[language](params);
}
