import type { RegistrationStatus as Status } from '../../../shared/constants.js';
import type { Language } from '../../../shared/text.js';
import type { Template } from '../../core/mail/templates.js';

const STATUS_TEXT: Record<Language, Record<Status, string>> = {
  en: {
    confirmed: 'Your place is confirmed.',
    waitlisted: 'All in-person places are taken, so you are on the waiting list; we will write when a place frees.',
    pending: 'The secretariat will review your accreditation and write to you.',
    declined: 'Your registration was declined.',
    cancelled: 'Your registration is cancelled.',
  },
  id: {
    confirmed: 'Tempat Anda sudah dikonfirmasi.',
    waitlisted:
      'Semua tempat untuk kehadiran langsung sudah terisi, jadi Anda masuk daftar tunggu; kami akan mengabari Anda bila ada tempat kosong.',
    pending: 'Sekretariat akan memeriksa akreditasi Anda dan menghubungi Anda.',
    declined: 'Pendaftaran Anda ditolak.',
    cancelled: 'Pendaftaran Anda dibatalkan.',
  },
};

const LINK_TEXT: Record<Language, string> = {
  en: 'See, change or cancel your registration, and download your badge when it is ready, with your personal link (keep it to yourself):',
  id: 'Lihat, ubah, atau batalkan pendaftaran Anda, dan unduh tanda pengenal Anda bila sudah siap, melalui tautan pribadi Anda (jangan dibagikan):',
};

interface RegistrationParams {
  name: string;
  event: string;
  status: Status;
  link: string;
}

export const registrationReceived: Template<RegistrationParams> = {
  name: 'registration_received',
  credentials: ['link'],
  en: ({ name, event, status, link }) => ({
    subject: `Your registration for ${event}`,
    text: `Hello ${name},\n\nWe received your registration for ${event}. ${STATUS_TEXT.en[status]}\n\n${LINK_TEXT.en}\n\n${link}\n`,
  }),
  id: ({ name, event, status, link }) => ({
    subject: `Pendaftaran Anda untuk ${event}`,
    text: `Halo ${name},\n\nKami telah menerima pendaftaran Anda untuk ${event}. ${STATUS_TEXT.id[status]}\n\n${LINK_TEXT.id}\n\n${link}\n`,
  }),
};

/** A change the registrant did not make themselves: a decision, a promotion from the waiting list. */
export const registrationUpdated: Template<RegistrationParams & { reason: string | null }> = {
  name: 'registration_updated',
  credentials: ['link'],
  en: ({ name, event, status, link, reason }) => ({
    subject: `${event}: ${status === 'confirmed' ? 'your place is confirmed' : 'your registration has changed'}`,
    text: `Hello ${name},\n\n${STATUS_TEXT.en[status]}${reason ? `\n\nReason: ${reason}` : ''}\n\n${LINK_TEXT.en}\n\n${link}\n`,
  }),
  id: ({ name, event, status, link, reason }) => ({
    subject: `${event}: ${status === 'confirmed' ? 'tempat Anda sudah dikonfirmasi' : 'pendaftaran Anda berubah'}`,
    text: `Halo ${name},\n\n${STATUS_TEXT.id[status]}${reason ? `\n\nAlasan: ${reason}` : ''}\n\n${LINK_TEXT.id}\n\n${link}\n`,
  }),
};

/** Staff sent a new personal link (the old one no longer opens the registration). */
export const registrationLinkRenewed: Template<{ name: string; event: string; link: string }> = {
  name: 'registration_link_renewed',
  credentials: ['link'],
  en: ({ name, event, link }) => ({
    subject: `${event}: your new personal link`,
    text: `Hello ${name},\n\nAs asked, here is a new personal link to your registration for ${event}. The link you had before no longer works.\n\n${LINK_TEXT.en}\n\n${link}\n`,
  }),
  id: ({ name, event, link }) => ({
    subject: `${event}: tautan pribadi baru Anda`,
    text: `Halo ${name},\n\nSesuai permintaan, berikut tautan pribadi baru ke pendaftaran Anda untuk ${event}. Tautan yang Anda miliki sebelumnya tidak berlaku lagi.\n\n${LINK_TEXT.id}\n\n${link}\n`,
  }),
};
