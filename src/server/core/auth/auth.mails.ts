import type { Template } from '../mail/templates.js';

/** The sign-in link a person asked for. */
export const magicLinkMail: Template<{ name: string; link: string; minutes: number }> = {
  name: 'magic_link',
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
