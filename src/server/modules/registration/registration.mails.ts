import type { RegistrationStatus as Status } from '../../../shared/constants.js';
import type { Language } from '../../../shared/text.js';
import type { Block, Fact, Template } from '../../core/mail/templates.js';
import { type RegistrationParams, registrationCalendar, registrationFacts } from './registration.mailparts.js';

const STATUS_TEXT: Record<Language, (status: Status, position: number | null) => string> = {
  en: (status, position) =>
    ({
      confirmed: 'Your place is confirmed.',
      waitlisted: `All in-person places are taken, so you are on the waiting list${position ? ` (number ${position})` : ''}; we will write when a place frees.`,
      pending: 'The secretariat will review your accreditation and write to you.',
      declined: 'Your registration was declined.',
      cancelled: 'Your registration is cancelled.',
    })[status],
  id: (status, position) =>
    ({
      confirmed: 'Tempat Anda sudah dikonfirmasi.',
      waitlisted: `Semua tempat untuk kehadiran langsung sudah terisi, jadi Anda masuk daftar tunggu${position ? ` (nomor ${position})` : ''}; kami akan mengabari Anda bila ada tempat kosong.`,
      pending: 'Sekretariat akan memeriksa akreditasi Anda dan menghubungi Anda.',
      declined: 'Pendaftaran Anda ditolak.',
      cancelled: 'Pendaftaran Anda dibatalkan.',
    })[status],
};

/** When an in-person registrant's badge is ready; nothing for online attendance or a place that ended. */
const BADGE_TEXT: Record<Language, Partial<Record<Status, string>>> = {
  en: {
    confirmed:
      'Your badge is ready: download it with your personal link below, then print it or keep it on your phone. Its QR code is scanned at the entrance.',
    pending:
      'Your badge will be ready to download once the secretariat confirms your place; we will write to you then.',
    waitlisted: 'Your badge will be ready to download as soon as a place frees for you; we will write to you then.',
  },
  id: {
    confirmed:
      'Tanda pengenal Anda sudah siap: unduh melalui tautan pribadi Anda di bawah, lalu cetak atau simpan di ponsel Anda. Kode QR-nya dipindai di pintu masuk.',
    pending:
      'Tanda pengenal Anda dapat diunduh setelah sekretariat mengonfirmasi tempat Anda; kami akan mengabari Anda saat itu.',
    waitlisted:
      'Tanda pengenal Anda dapat diunduh segera setelah ada tempat untuk Anda; kami akan mengabari Anda saat itu.',
  },
};

const LINK_TEXT: Record<Language, { active: string; ended: string }> = {
  en: {
    active: 'See, change or cancel your registration with your personal link (keep it to yourself):',
    ended: 'See your registration with your personal link (keep it to yourself):',
  },
  id: {
    active: 'Lihat, ubah, atau batalkan pendaftaran Anda melalui tautan pribadi Anda (jangan dibagikan):',
    ended: 'Lihat pendaftaran Anda melalui tautan pribadi Anda (jangan dibagikan):',
  },
};

const GREETING: Record<Language, (name: string) => string> = { en: (n) => `Hello ${n},`, id: (n) => `Halo ${n},` };

const hasEnded = (status: Status) => status === 'declined' || status === 'cancelled';

/** The badge's line, for in-person attendance only. */
const badgeBlocks = (language: Language, p: RegistrationParams): Block[] => {
  const text = p.attendance === 'in_person' ? BADGE_TEXT[language][p.status] : undefined;
  return text ? [text] : [];
};

const linkBlocks = (language: Language, p: RegistrationParams): Block[] => [
  LINK_TEXT[language][hasEnded(p.status) ? 'ended' : 'active'],
  p.link,
];

/** The event's calendar entry, while the registration holds or awaits a place. */
const calendarOf = (language: Language, p: RegistrationParams, facts: Fact[]) =>
  hasEnded(p.status) ? [] : [registrationCalendar(language, p, facts)];

const received = (language: Language, intro: string) => (p: RegistrationParams) => {
  const facts = registrationFacts(language, p);
  return {
    subject: language === 'en' ? `Your registration for ${p.event}` : `Pendaftaran Anda untuk ${p.event}`,
    body: [
      GREETING[language](p.name),
      `${intro} ${STATUS_TEXT[language](p.status, p.waitlistPosition)}`,
      { facts },
      ...badgeBlocks(language, p),
      ...linkBlocks(language, p),
    ],
    attachments: calendarOf(language, p, facts),
  };
};

export const registrationReceived: Template<RegistrationParams> = {
  name: 'registration_received',
  credentials: ['link'],
  en: (p) => received('en', `We received your registration for ${p.event}.`)(p),
  id: (p) => received('id', `Kami telah menerima pendaftaran Anda untuk ${p.event}.`)(p),
};

const UPDATE_WORDS = {
  en: {
    subject: (p: RegistrationParams) =>
      `${p.event}: ${p.status === 'confirmed' ? 'your place is confirmed' : 'your registration has changed'}`,
    reason: 'Reason',
    note: 'Note from the secretariat',
    online: (p: RegistrationParams) =>
      `${p.event} can also be followed online, by anyone: its programme and live streams are at ${p.about.url}`,
  },
  id: {
    subject: (p: RegistrationParams) =>
      `${p.event}: ${p.status === 'confirmed' ? 'tempat Anda sudah dikonfirmasi' : 'pendaftaran Anda berubah'}`,
    reason: 'Alasan',
    note: 'Catatan dari sekretariat',
    online: (p: RegistrationParams) =>
      `${p.event} juga dapat diikuti secara daring oleh siapa pun: program dan siaran langsungnya ada di ${p.about.url}`,
  },
};

type UpdateParams = RegistrationParams & { reason: string | null };

const updated = (language: Language) => (p: UpdateParams) => {
  const words = UPDATE_WORDS[language];
  const isDeclined = p.status === 'declined';
  // A decline's words are its reason; on any other decision they are the secretariat's note.
  const reason = p.reason ? [`${isDeclined ? words.reason : words.note}: ${p.reason}`] : [];
  const canFollowOnline = isDeclined && p.attendance === 'in_person' && p.about.mode !== 'in_person';
  const facts = registrationFacts(language, p);
  return {
    subject: words.subject(p),
    body: [
      GREETING[language](p.name),
      STATUS_TEXT[language](p.status, p.waitlistPosition),
      ...reason,
      { facts },
      ...(canFollowOnline ? [words.online(p)] : []),
      ...badgeBlocks(language, p),
      ...linkBlocks(language, p),
    ],
    attachments: p.status === 'confirmed' ? calendarOf(language, p, facts) : [],
  };
};

/** A change the registrant did not make themselves: a decision, a promotion from the waiting list. */
export const registrationUpdated: Template<UpdateParams> = {
  name: 'registration_updated',
  credentials: ['link'],
  en: updated('en'),
  id: updated('id'),
};

const CANCELLED_WORDS = {
  en: {
    subject: (event: string) => `${event}: your registration is cancelled`,
    registrant: (event: string) => `As you asked, your registration for ${event} is cancelled.`,
    staff: (event: string) => `The secretariat cancelled your registration for ${event}.`,
  },
  id: {
    subject: (event: string) => `${event}: pendaftaran Anda dibatalkan`,
    registrant: (event: string) => `Sesuai permintaan Anda, pendaftaran Anda untuk ${event} telah dibatalkan.`,
    staff: (event: string) => `Sekretariat telah membatalkan pendaftaran Anda untuk ${event}.`,
  },
};

type CancelledParams = RegistrationParams & { by: 'registrant' | 'staff' };

const cancelled = (language: Language) => (p: CancelledParams) => {
  const words = CANCELLED_WORDS[language];
  return {
    subject: words.subject(p.event),
    body: [
      GREETING[language](p.name),
      words[p.by](p.event),
      { facts: registrationFacts(language, p) },
      ...linkBlocks(language, p),
    ],
  };
};

/** A cancellation confirmed: by the registrant themselves, or by the secretariat. */
export const registrationCancelled: Template<CancelledParams> = {
  name: 'registration_cancelled',
  credentials: ['link'],
  en: cancelled('en'),
  id: cancelled('id'),
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
