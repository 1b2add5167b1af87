import type { Template } from '../../core/mail/templates.js';

interface FocalPointParams {
  name: string;
  delegation: string;
  event: string;
  link: string;
  days: number;
}

/** The invitation a delegation's focal point receives: what the role is for, and the way in. */
export const delegationFocalPoint: Template<FocalPointParams> = {
  name: 'delegation_focal_point',
  credentials: ['link'],
  en: ({ name, delegation, event, link, days }) => ({
    subject: `${event}: you are the focal point of the delegation of ${delegation}`,
    text: `Hello ${name},\n\nThe organizers of ${event} have named you the focal point of the delegation of ${delegation}. On the delegation's page you endorse your delegation's members among its delegate registrations, name its head, choose the theme of its country statement and submit the statement before the deadline.\n\nOpen this link to sign in and go to the delegation's page:\n\n${link}\n\nThe link works once and expires in ${days} days; after that, ask for a new sign-in link with this e-mail address.\n`,
  }),
  id: ({ name, delegation, event, link, days }) => ({
    subject: `${event}: Anda menjadi narahubung delegasi ${delegation}`,
    text: `Halo ${name},\n\nPenyelenggara ${event} menunjuk Anda sebagai narahubung delegasi ${delegation}. Di halaman delegasi, Anda mengesahkan anggota delegasi dari pendaftaran delegasi, menunjuk ketua delegasi, memilih tema pernyataan negara, dan mengirimkan pernyataan tersebut sebelum batas waktu.\n\nBuka tautan ini untuk masuk dan menuju halaman delegasi:\n\n${link}\n\nTautan hanya berlaku sekali dan kedaluwarsa dalam ${days} hari; setelah itu, mintalah tautan masuk baru dengan alamat surel ini.\n`,
  }),
};

interface FocalPointNoticeParams {
  name: string;
  delegation: string;
  event: string;
  /** The sign-in page, where the person asks for their own sign-in link: no credential. */
  signInPage: string;
}

/** The same news for a person who has an account already: no way in by the mail itself, only to the sign-in page. */
export const delegationFocalPointNotice: Template<FocalPointNoticeParams> = {
  name: 'delegation_focal_point_notice',
  credentials: [],
  en: ({ name, delegation, event, signInPage }) => ({
    subject: `${event}: you are the focal point of the delegation of ${delegation}`,
    text: `Hello ${name},\n\nThe organizers of ${event} have named you the focal point of the delegation of ${delegation}. On the delegation's page you endorse your delegation's members among its delegate registrations, name its head, choose the theme of its country statement and submit the statement before the deadline.\n\nTo go to the delegation's page, sign in with this e-mail address; on the sign-in page you can ask for a sign-in link:\n\n${signInPage}\n\nIf you did not expect this, write to the organizers of ${event}.\n`,
  }),
  id: ({ name, delegation, event, signInPage }) => ({
    subject: `${event}: Anda menjadi narahubung delegasi ${delegation}`,
    text: `Halo ${name},\n\nPenyelenggara ${event} menunjuk Anda sebagai narahubung delegasi ${delegation}. Di halaman delegasi, Anda mengesahkan anggota delegasi dari pendaftaran delegasi, menunjuk ketua delegasi, memilih tema pernyataan negara, dan mengirimkan pernyataan tersebut sebelum batas waktu.\n\nUntuk menuju halaman delegasi, masuklah dengan alamat surel ini; di halaman masuk Anda dapat meminta tautan masuk:\n\n${signInPage}\n\nJika Anda tidak mengharapkan pesan ini, hubungi penyelenggara ${event}.\n`,
  }),
};
