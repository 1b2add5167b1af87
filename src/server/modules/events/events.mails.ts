import type { EventRole } from '../../../shared/auth.js';
import type { Language } from '../../../shared/text.js';
import type { Template } from '../../core/mail/templates.js';

/** What each role lets a person do, one sentence a language: the heart of the mail. */
const ROLE_WORDS: Record<Language, Record<EventRole, { name: string; does: string }>> = {
  en: {
    organizer: {
      name: 'an organizer',
      does: 'You run the event: its settings, its people and their roles, and its log.',
    },
    secretariat: {
      name: 'a member of the secretariat',
      does: 'You handle the registrations, the programme, the delegations and the mails of the event.',
    },
    moderator: { name: 'a moderator', does: 'You moderate the questions and polls of the sessions you are given.' },
    focal_point: {
      name: 'a focal point',
      does: 'You act for your delegation: its members, its statement and its part in the outcome.',
    },
    delegate: { name: 'a delegate', does: "You take part as a member of your country's delegation." },
    speaker: { name: 'a speaker', does: 'You speak in the sessions of the programme that name you.' },
    participant: { name: 'a participant', does: 'You follow the event and take part in its public sessions.' },
  },
  id: {
    organizer: {
      name: 'penyelenggara',
      does: 'Anda mengelola acara: pengaturannya, orang-orang beserta perannya, dan lognya.',
    },
    secretariat: {
      name: 'anggota sekretariat',
      does: 'Anda menangani pendaftaran, program, delegasi, dan surel acara.',
    },
    moderator: {
      name: 'moderator',
      does: 'Anda memoderasi pertanyaan dan jajak pendapat pada sesi yang diberikan kepada Anda.',
    },
    focal_point: {
      name: 'narahubung',
      does: 'Anda bertindak atas nama delegasi Anda: anggotanya, pernyataannya, dan perannya dalam dokumen hasil.',
    },
    delegate: { name: 'delegasi', does: 'Anda ikut serta sebagai anggota delegasi negara Anda.' },
    speaker: { name: 'pembicara', does: 'Anda berbicara pada sesi program yang mencantumkan nama Anda.' },
    participant: { name: 'peserta', does: 'Anda mengikuti acara dan ikut serta dalam sesi publiknya.' },
  },
};

interface RoleGrantedParams {
  name: string;
  role: EventRole;
  event: string;
  /** The sign-in page, where the person asks for their own sign-in link: no credential. */
  signInPage: string;
}

/** The news of a role given in an event: what it lets the person do, and where to sign in. */
export const roleGranted: Template<RoleGrantedParams> = {
  name: 'role_granted',
  credentials: [],
  en: ({ name, role, event, signInPage }) => ({
    subject: `${event}: you are now ${ROLE_WORDS.en[role].name}`,
    text: `Hello ${name},\n\nThe organizers of ${event} have made you ${ROLE_WORDS.en[role].name} of the event. ${ROLE_WORDS.en[role].does}\n\nSign in with this e-mail address; on the sign-in page you can ask for a sign-in link:\n\n${signInPage}\n\nIf you did not expect this, write to the organizers of ${event}.\n`,
  }),
  id: ({ name, role, event, signInPage }) => ({
    subject: `${event}: Anda sekarang menjadi ${ROLE_WORDS.id[role].name}`,
    text: `Halo ${name},\n\nPenyelenggara ${event} menjadikan Anda ${ROLE_WORDS.id[role].name} acara ini. ${ROLE_WORDS.id[role].does}\n\nMasuklah dengan alamat surel ini; di halaman masuk Anda dapat meminta tautan masuk:\n\n${signInPage}\n\nJika Anda tidak mengharapkan pesan ini, hubungi penyelenggara ${event}.\n`,
  }),
};
