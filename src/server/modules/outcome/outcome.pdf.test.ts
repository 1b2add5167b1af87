import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Paragraph, PublishedOutcome } from '../../../shared/outcome.js';
import { hasPoppler, pdfText } from '../../testing/pdf.js';
import { renderOutcomePdf } from './outcome.pdf.js';
import type { OutcomePdfLabels } from './outcome.words.js';

if (!hasPoppler) console.warn('pdftotext (poppler-utils) not found: the tests that read the outcome PDF are skipped');

// The "Bali Message" of the International Conference on Digital Diplomacy 2021, cut down.

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const paragraph = (n: number, text: Record<string, string>): Paragraph => ({
  id: uuid(n),
  text,
  revision: 1,
  translatedFrom: Object.fromEntries(Object.keys(text).map((language) => [language, 1])),
});

const LONG_SENTENCE =
  'Digital platforms shall complement, and never replace, the personal contact between diplomats, ' +
  'and every delegation shall have equal access to the virtual rooms, the documents and the interpretation';
const LONG_ENGLISH = Array.from({ length: 24 }, (_, i) => `${LONG_SENTENCE} (${i + 1}),`).join(' ');
const LONG_INDONESIAN = Array.from(
  { length: 24 },
  (_, i) => `Platform digital melengkapi, dan tidak menggantikan, hubungan pribadi antardiplomat (${i + 1}),`,
).join(' ');
const URL_WORD = `https://bali-message.example.org/${'digitaldiplomacy'.repeat(10)}`;

const preamble = paragraph(1, {
  en: 'Recalling the Charter of the United Nations and the Vienna Convention on Diplomatic Relations of 1961,',
  id: 'Mengingat Piagam Perserikatan Bangsa-Bangsa dan Konvensi Wina tentang Hubungan Diplomatik tahun 1961,',
});
const first = [
  paragraph(11, {
    en: 'Welcome the use of secure video conferencing for consultations between capitals;',
    id: 'Menyambut baik penggunaan konferensi video yang aman untuk konsultasi antaribu kota;',
  }),
  paragraph(12, {
    en: 'Encourage ministries of foreign affairs to train their staff in digital communication;',
    id: 'Mendorong kementerian luar negeri untuk melatih stafnya dalam komunikasi digital;',
  }),
  paragraph(13, {
    en: `${LONG_ENGLISH} in all the official languages;`,
    id: `${LONG_INDONESIAN} dalam semua bahasa resmi;`,
  }),
  paragraph(14, {
    en: 'Call for the protection of diplomatic communications against interference;',
    id: 'Menyerukan perlindungan komunikasi diplomatik dari gangguan;',
  }),
  paragraph(15, {
    en: 'Stress the importance of multilingual access to online meetings;',
    id: 'Menekankan pentingnya akses multibahasa ke pertemuan daring;',
  }),
  paragraph(16, {
    en: 'Note the value of open standards for the archives of conferences;',
    id: 'Mencatat nilai standar terbuka bagi arsip konferensi;',
  }),
];
const second = [
  paragraph(21, {
    en: 'Decide to share good practices through a common repository;',
    id: 'Memutuskan untuk berbagi praktik baik melalui repositori bersama;',
  }),
  paragraph(22, {
    en: 'Invite developing countries to join the programme of capacity building;',
    id: 'Mengundang negara berkembang untuk bergabung dalam program peningkatan kapasitas;',
  }),
  // No Indonesian yet: the two-language PDF shows the English text in both columns.
  paragraph(23, { en: 'Request the secretariat to publish the Message in all the languages of the Conference;' }),
  paragraph(24, {
    en: 'Recognise the role of the host city of Nusa Dua in the success of the Conference;',
    id: 'Mengakui peran kota tuan rumah Nusa Dua dalam keberhasilan Konferensi;',
  }),
  paragraph(25, {
    en: `Publish the documents at ${URL_WORD} for everyone;`,
    id: `Menerbitkan dokumen di ${URL_WORD} untuk semua;`,
  }),
  paragraph(26, {
    en: 'Agree to meet again at the International Conference on Digital Diplomacy 2023.',
    id: 'Sepakat untuk bertemu kembali pada Konferensi Internasional tentang Diplomasi Digital 2023.',
  }),
];

const ATLANTIS = uuid(101);
const LEMURIA = uuid(102);
const MU = uuid(103);
const numbersOf = (paragraphs: Paragraph[], preambleCount: number) =>
  Object.fromEntries(
    paragraphs.map((p, i) => [p.id, i < preambleCount ? `PP${i + 1}` : String(i - preambleCount + 1)]),
  );

const outcome: PublishedOutcome = {
  event: {
    slug: 'icdd-2021',
    name: {
      en: 'International Conference on Digital Diplomacy 2021',
      id: 'Konferensi Internasional Diplomasi Digital 2021',
    },
    timeZone: 'Asia/Makassar',
  },
  version: 7,
  method: 'consensus',
  adoptedAt: '2021-10-12T09:30:00.000Z',
  sha256: createHash('sha256').update('The Bali Message').digest('hex'),
  authoritativeLanguage: 'en',
  languages: ['en', 'id'],
  content: {
    title: {
      en: 'The Bali Message: Digital Diplomacy after the Café Talks',
      id: 'Pesan Bali tentang Diplomasi Digital',
    },
    preamble: [preamble],
    sections: [
      {
        focusAreaId: uuid(201),
        heading: { en: 'Digital tools for diplomacy', id: 'Perangkat digital untuk diplomasi' },
        paragraphs: first,
      },
      {
        focusAreaId: uuid(202),
        heading: { en: 'Cooperation and capacity', id: 'Kerja sama dan kapasitas' },
        paragraphs: second,
      },
    ],
  },
  numbers: numbersOf([preamble, ...first, ...second], 1),
  delegations: [
    { id: ATLANTIS, name: { en: 'Republic of Atlantis', id: 'Republik Atlantis' }, hasReservation: true },
    { id: uuid(104), name: { en: 'Indonesia', id: 'Indonesia' }, hasReservation: false },
    { id: LEMURIA, name: { en: 'Kingdom of Lemuria', id: 'Kerajaan Lemuria' }, hasReservation: true },
    { id: MU, name: { en: 'Federated States of Mu', id: 'Negara Federasi Mu' }, hasReservation: false },
  ],
  reservations: [
    {
      delegationId: ATLANTIS,
      paragraphIds: [uuid(14)],
      text: 'Atlantis does not consider itself bound by this paragraph.',
    },
    {
      delegationId: LEMURIA,
      paragraphIds: [],
      text: 'Lemuria joins on the understanding that the Message is not binding.',
    },
  ],
  explanations: [{ delegationId: MU, text: 'Mu welcomes the Message and will report on its follow-up in 2023.' }],
};

const labels: OutcomePdfLabels = {
  adoptedOn: (date, method) =>
    `Adopted ${method === 'consensus' ? 'by consensus' : 'under the silence procedure'} on ${date}.`,
  formatDate: (iso) =>
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Asia/Makassar' }).format(new Date(iso)),
  reservations: 'Reservations',
  joined: 'Delegations that joined the adoption',
  explanations: 'Explanations of position',
  hash: 'SHA-256 of the authoritative text:',
  page: (n, of) => `Page ${n} of ${of}`,
  wholeDocument: 'whole document',
};

// --- Reading the PDF as a reader would ---------------------------------------------------

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function pageCount(bytes: Uint8Array): number {
  const result = spawnSync('pdfinfo', ['-'], { input: bytes });
  const pages = /^Pages:\s+(\d+)/m.exec(result.stdout.toString('utf8'));
  if (result.status !== 0 || !pages) throw new Error(`pdfinfo failed: ${result.stderr}`);
  return Number(pages[1]);
}

/** The text of every page within the band from `x`, `width` points wide: one column of the two. */
function bandText(bytes: Uint8Array, x: number, width: number): string {
  const crop = ['-x', String(x), '-y', '0', '-W', String(width), '-H', '842'];
  const result = spawnSync('pdftotext', ['-layout', ...crop, '-', '-'], { input: bytes });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.toString('utf8');
}

const pagesOf = (text: string) => text.split('\f').filter((page) => page.trim() !== '');
const isFooterOrNote = (line: string) =>
  /SHA-256|Page \d+ of \d+|[0-9a-f]{16}/.test(line) ||
  /^\s*\[\d+\] /.test(line) ||
  // A footnote runs across the page: a column's band holds a piece of it.
  (line.trim() !== '' && outcome.reservations.some((r) => r.text.includes(line.trim())));
/** The running text across the pages, without the footers and the footnotes that cut into it. */
const bodyOf = (text: string) =>
  squash(
    pagesOf(text)
      .flatMap((page) => page.split('\n').filter((line) => !isFooterOrNote(line)))
      .join('\n'),
  );

describe.skipIf(!hasPoppler)('renderOutcomePdf', () => {
  const all = [preamble, ...first, ...second];

  it('prints the whole text in one language, numbered, with the hash and the page on every page', async () => {
    const bytes = await renderOutcomePdf(outcome, { languages: ['en'], labels });
    const text = pdfText(bytes);
    const body = bodyOf(text);
    expect(body).toContain('The Bali Message: Digital Diplomacy after the Café Talks');
    for (const p of all.filter((p) => p.id !== uuid(25))) {
      expect(body).toContain(`${outcome.numbers[p.id]} ${squash(p.text.en ?? '')}`);
    }
    // The address is wider than the column: cut across lines, every character kept.
    expect(body.replace(/\s/g, '')).toContain(
      `${outcome.numbers[uuid(25)]}Publishthedocumentsat${URL_WORD}foreveryone;`,
    );
    expect(text).not.toContain('Menyambut');

    const pages = pagesOf(text);
    expect(pages).toHaveLength(pageCount(bytes));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const [index, page] of pages.entries()) {
      expect(squash(page)).toContain(`SHA-256 of the authoritative text: ${outcome.sha256}`);
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    }
  });

  it('marks the reservations beside what they concern, with the footnote on the same page', async () => {
    const text = pdfText(await renderOutcomePdf(outcome, { languages: ['en'], labels }));
    const pages = pagesOf(text).map(squash);
    const onWhole = '[1] Kingdom of Lemuria: Lemuria joins on the understanding that the Message is not binding.';
    const onFour = '[2] Republic of Atlantis: Atlantis does not consider itself bound by this paragraph.';
    // The whole-text reservation is called from the title, paragraph 4's after its last word.
    expect(pages[0]).toMatch(/after the Café Talks ?\[1\]/);
    expect(pages[0]).toContain(onWhole);
    const markedPage = pages.findIndex((page) => /against interference; ?\[2\]/.test(page));
    expect(markedPage).toBeGreaterThanOrEqual(0);
    expect(pages[markedPage]).toContain(onFour);

    const body = squash(text);
    expect(body).toContain('Adopted by consensus on 12 October 2021.');
    expect(body).toContain(
      'Delegations that joined the adoption Republic of Atlantis [2], Indonesia, Kingdom of Lemuria [1], Federated States of Mu',
    );
    expect(body).toContain('Reservations [1] Kingdom of Lemuria (whole document): Lemuria joins');
    expect(body).toContain('[2] Republic of Atlantis (4): Atlantis does not consider');
    expect(body).toContain('Explanations of position Federated States of Mu: Mu welcomes the Message');
  });

  it('sets two languages side by side, row by row, with the English where a translation is missing', async () => {
    const bytes = await renderOutcomePdf(outcome, { languages: ['en', 'id'], labels });
    const left = bodyOf(bandText(bytes, 0, 297));
    const right = bodyOf(bandText(bytes, 298, 297));
    expect(left).toContain('The Bali Message: Digital Diplomacy after the Café Talks');
    expect(right).toContain('Pesan Bali tentang Diplomasi Digital');
    expect(left).toContain('Digital tools for diplomacy');
    expect(right).toContain('Perangkat digital untuk diplomasi');
    for (const p of all.filter((p) => p.id !== uuid(25))) {
      const number = outcome.numbers[p.id];
      expect(left).toContain(`${number} ${squash(p.text.en ?? '')}`);
      expect(right).toContain(`${number} ${squash(p.text.id ?? p.text.en ?? '')}`);
    }
    expect(left).not.toContain('Menyambut');
    expect(right).not.toContain('Welcome the use');
    // Each paragraph starts on the same line in both columns.
    const lines = pdfText(bytes).split('\n');
    const start = lines.find((line) => /^\s*2\s+Encourage ministries/.test(line));
    expect(start).toMatch(/\s2\s+Mendorong kementerian/);
    const fallback = lines.find((line) => /^\s*9\s+Request the secretariat/.test(line));
    expect(fallback).toMatch(/Request the secretariat.*\s9\s+Request the secretariat/);
  });

  it('renders a document of 200 paragraphs, every number in its place', async () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) =>
      paragraph(1000 + i, {
        en: `Encourages the delegations to pursue the dialogue on digital diplomacy, item ${'x'.repeat(i % 7)}, and to report on the progress made at the next session of the Conference.`,
        id: `Mendorong para delegasi untuk melanjutkan dialog tentang diplomasi digital, butir ${'x'.repeat(i % 7)}, dan melaporkan kemajuannya pada sidang berikutnya.`,
      }),
    );
    const sections = Array.from({ length: 4 }, (_, s) => ({
      focusAreaId: uuid(300 + s),
      heading: { en: `Focus area ${'ABCD'[s]}`, id: `Bidang fokus ${'ABCD'[s]}` },
      paragraphs: paragraphs.slice(s * 50, s * 50 + 50),
    }));
    const big: PublishedOutcome = {
      ...outcome,
      content: { ...outcome.content, preamble: [], sections },
      numbers: numbersOf(paragraphs, 0),
      reservations: [],
    };
    const bytes = await renderOutcomePdf(big, { languages: ['en', 'id'], labels });
    const numbers = pdfText(bytes)
      .split('\n')
      .map((line) => /^\s*(\d+)\s+Encourages/.exec(line)?.[1])
      .filter((n) => n !== undefined)
      .map(Number);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const pages = pageCount(bytes);
    expect(pages).toBeGreaterThan(5);
    expect(pagesOf(pdfText(bytes)).at(-1)).toContain(`Page ${pages} of ${pages}`);
  });
});
