import { isLanguage, type Language } from '../../../shared/constants.js';
import type { AdoptionMethod } from '../../../shared/outcome.js';

// The few words the exports of the adopted text write themselves (Akoma Ntoso, PDF), by language.

/** The few words around the text, in the reader's language: the caller translates them. */
export interface OutcomePdfLabels {
  /** "Adopted by consensus on 12 October 2021", given the date as `formatDate` writes it. */
  adoptedOn(dateText: string, method: AdoptionMethod): string;
  formatDate(iso: string): string;
  /** Heading of the list of reservations after the text. */
  reservations: string;
  /** Heading of the list of the delegations that joined the adoption. */
  joined: string;
  /** Heading of the explanations of position. */
  explanations: string;
  /** Before the SHA-256 in the footer of every page. */
  hash: string;
  page(n: number, of: number): string;
  /** What a reservation on no paragraph in particular concerns. */
  wholeDocument: string;
}

const WORDS = {
  en: {
    locale: 'en-GB',
    adopted: 'Adopted on',
    method: { consensus: 'by consensus', silence: 'under the silence procedure' },
    joined: 'Delegations that joined the adoption:',
    explanations: 'Explanations of position:',
    reservations: 'Reservations',
    reservationBy: 'Reservation by',
    sha256: 'SHA-256 of the authoritative text (outcome.txt):',
    wholeDocument: 'the whole document',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
  id: {
    locale: 'id-ID',
    adopted: 'Diadopsi pada',
    method: { consensus: 'secara konsensus', silence: 'melalui prosedur diam' },
    joined: 'Delegasi yang bergabung dalam adopsi:',
    explanations: 'Penjelasan posisi:',
    reservations: 'Reservasi',
    reservationBy: 'Reservasi oleh',
    sha256: 'SHA-256 teks otoritatif (outcome.txt):',
    wholeDocument: 'seluruh dokumen',
    page: (n: number, of: number) => `Halaman ${n} dari ${of}`,
  },
} as const satisfies Record<Language, unknown>;

export const wordsOf = (language: string) => WORDS[isLanguage(language) ? language : 'en'];

/** The PDF's words in a language, its times in the event's zone and in UTC. */
export function pdfLabels(language: string, timeZone: string): OutcomePdfLabels {
  const words = wordsOf(language);
  const format = (zone: string) =>
    new Intl.DateTimeFormat(words.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: zone });
  return {
    adoptedOn: (dateText: string, method: AdoptionMethod) => `${words.adopted} ${dateText} ${words.method[method]}.`,
    formatDate: (iso: string) =>
      `${format(timeZone).format(new Date(iso))} (${timeZone}), ${format('UTC').format(new Date(iso))} UTC`,
    reservations: words.reservations,
    joined: words.joined,
    explanations: words.explanations,
    hash: words.sha256,
    page: words.page,
    wholeDocument: words.wholeDocument,
  };
}
