import type { Language } from '../../../shared/constants.js';
import type { SessionType } from '../../../shared/programme.js';

/** The few words the exports write themselves, in each language the platform speaks. */
const WORDS = {
  en: {
    types: { opening: 'Opening', plenary: 'Plenary', panel: 'Panel', break: 'Break', closing: 'Closing' },
    speakers: 'Speakers',
    moderator: 'Moderator',
    stream: 'Live stream',
    details: 'Details',
    programmeVersion: 'Programme version',
    agenda: 'My agenda',
  },
  id: {
    types: { opening: 'Pembukaan', plenary: 'Pleno', panel: 'Panel', break: 'Rehat', closing: 'Penutupan' },
    speakers: 'Pembicara',
    moderator: 'Moderator',
    stream: 'Siaran langsung',
    details: 'Rincian',
    programmeVersion: 'Versi program',
    agenda: 'Agenda saya',
  },
} as const satisfies Record<Language, { types: Record<SessionType, string> } & Record<string, unknown>>;

export type Words = (typeof WORDS)[Language];

export const wordsFor = (language: Language): Words => WORDS[language];
