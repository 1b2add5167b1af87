import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type PublishedOutcome, publishedOutcomeSchema } from '../../../shared/outcome.js';
import { PROJECT_ROOT } from '../../core/paths.js';
import { paragraphEid, toAkomaNtoso } from './outcome.akn.js';

// The Akoma Ntoso export of the Bali Message, checked by xmllint against the OASIS schema
// that lies beside the project (../shared/schemas/akn), and read as a reader would.

const SCHEMA = path.resolve(PROJECT_ROOT, '../shared/schemas/akn/akomantoso30.xsd');
const HAS_SCHEMA = existsSync(SCHEMA);
if (!HAS_SCHEMA) console.warn(`skipped: the Akoma Ntoso validation needs ${SCHEMA}, which is missing`);

const PUBLIC_URL = 'https://pendopo.example';
const HOSTILE = `<script>&"'`;

const ids = {
  preamble: '0b7e5f3a-1c2d-4e5f-8a9b-0c1d2e3f4a01',
  policy1: '0b7e5f3a-1c2d-4e5f-8a9b-0c1d2e3f4a02',
  policy2: '0b7e5f3a-1c2d-4e5f-8a9b-0c1d2e3f4a03',
  crisis1: '0b7e5f3a-1c2d-4e5f-8a9b-0c1d2e3f4a04',
  areaPolicy: '5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e01',
  areaCrisis: '5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e02',
  indonesia: '9f8e7d6c-5b4a-4938-a7b6-c5d4e3f2a101',
  finland: '9f8e7d6c-5b4a-4938-a7b6-c5d4e3f2a102',
  japan: '9f8e7d6c-5b4a-4938-a7b6-c5d4e3f2a103',
};

const paragraph = (id: string, text: Record<string, string>) => ({
  id,
  text,
  revision: 1,
  translatedFrom: Object.fromEntries(Object.keys(text).map((language) => [language, 1])),
});

const CRISIS_EN = 'We commit to share early warnings of disinformation campaigns in a crisis.';
const FINLAND_RESERVATION = 'Finland reserves its position on data localisation.';
const JAPAN_RESERVATION = 'Japan joins the consensus & reserves its position on <the document> as a whole.';

const OUTCOME: PublishedOutcome = publishedOutcomeSchema.parse({
  event: {
    slug: 'icdd-2021',
    name: {
      en: 'International Conference on Digital Diplomacy 2021',
      id: 'Konferensi Internasional tentang Diplomasi Digital 2021',
    },
    timeZone: 'Asia/Makassar',
  },
  version: 7,
  method: 'consensus',
  // 01:00 on 18 November in Bali (UTC+8): the adoption date is the local one.
  adoptedAt: '2021-11-17T17:00:00.000Z',
  sha256: 'a'.repeat(64),
  authoritativeLanguage: 'en',
  languages: ['en', 'id'],
  content: {
    title: { en: `Bali Message ${HOSTILE}`, id: `Pesan Bali ${HOSTILE}` },
    preamble: [
      paragraph(ids.preamble, {
        en: 'We, the participants, meeting in Bali and online,',
        id: 'Kami, para peserta, yang bertemu di Bali dan secara daring,',
      }),
    ],
    sections: [
      {
        focusAreaId: ids.areaPolicy,
        heading: { en: 'Policy frameworks', id: 'Kerangka kebijakan' },
        paragraphs: [
          paragraph(ids.policy1, {
            en: 'We recognise the role of digital tools in diplomacy.',
            id: 'Kami mengakui peran perangkat digital dalam diplomasi.',
          }),
          paragraph(ids.policy2, {
            en: 'We encourage the free flow of data with trust.',
            id: 'Kami mendorong arus data yang bebas dengan kepercayaan.',
          }),
        ],
      },
      {
        focusAreaId: ids.areaCrisis,
        heading: { en: 'Crisis management', id: 'Manajemen krisis' },
        // No Indonesian translation yet: the export falls back to English.
        paragraphs: [paragraph(ids.crisis1, { en: CRISIS_EN })],
      },
    ],
  },
  numbers: { [ids.preamble]: 'PP1', [ids.policy1]: '1', [ids.policy2]: '2', [ids.crisis1]: '3' },
  delegations: [
    { id: ids.indonesia, name: { en: 'Indonesia', id: 'Indonesia' }, hasReservation: false },
    { id: ids.finland, name: { en: 'Finland', id: 'Finlandia' }, hasReservation: true },
    { id: ids.japan, name: { en: 'Japan', id: 'Jepang' }, hasReservation: true },
  ],
  reservations: [
    { delegationId: ids.finland, paragraphIds: [ids.policy2], text: FINLAND_RESERVATION },
    { delegationId: ids.japan, paragraphIds: [], text: JAPAN_RESERVATION },
  ],
  explanations: [{ delegationId: ids.indonesia, text: 'Indonesia welcomes the spirit of the Bali Message.' }],
});

const xml = { en: toAkomaNtoso(OUTCOME, 'en', PUBLIC_URL), id: toAkomaNtoso(OUTCOME, 'id', PUBLIC_URL) };

/** The element that opens with `start` in the document, up to its end tag. */
function elementAt(document: string, start: string, name: string): string {
  const from = document.indexOf(start);
  if (from < 0) throw new Error(`${start} is not in the document`);
  const to = document.indexOf(`</${name}>`, from);
  return document.slice(from, to + name.length + 3);
}

const dir = mkdtempSync(path.join(tmpdir(), 'pendopo-akn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xmllint's verdict against the AKN schema: its exit status and complaints. */
function validate(document: string, name: string) {
  const file = path.join(dir, name);
  writeFileSync(file, document);
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status, stderr: run.stderr };
}

describe.skipIf(!HAS_SCHEMA)(`validation against ${path.relative(PROJECT_ROOT, SCHEMA)}`, () => {
  it.each(['en', 'id'] as const)('the %s export is valid Akoma Ntoso 3.0', (language) => {
    const result = validate(xml[language], `outcome.${language}.akn.xml`);
    if (result.status !== 0) console.error(result.stderr);
    expect(result.status, result.stderr).toBe(0);
  });

  it.each([
    ['its <mainBody> renamed', xml.en.replace(/(<\/?)mainBody>/g, '$1mainText>')],
    // The schema lets a paragraph be empty, but not hold its text outside a <content>.
    ['a paragraph whose text is outside its <content>', xml.en.replace(/<content>\s*(<p>.*<\/p>)\s*<\/content>/, '$1')],
  ])('a document with %s fails validation', (_, broken) => {
    expect(broken).not.toBe(xml.en);
    expect(validate(broken, 'broken.akn.xml').status).not.toBe(0);
  });
});

describe('the Akoma Ntoso export', () => {
  it('is one UTF-8 XML document with the AKN namespace and an outcome doc', () => {
    expect(xml.en.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml.en).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"');
    expect(xml.en).toContain('<doc name="outcome">');
  });

  it('names the work and each language expression with the local adoption date and the version', () => {
    expect(xml.en).toContain('<FRBRuri value="/akn/un/doc/outcome/icdd-2021/2021-11-18"/>');
    expect(xml.id).toContain('<FRBRuri value="/akn/un/doc/outcome/icdd-2021/2021-11-18/id@7"/>');
    expect(xml.id).toContain('<FRBRlanguage language="id"/>');
    expect(xml.id).toContain('<FRBRdate date="2021-11-18" name="adoption"/>');
    expect(xml.id).toContain('fromLanguage="en"');
    expect(xml.en).not.toContain('<FRBRtranslation');
    expect(xml.en).toContain(`<pendopo:sha256 language="en" of="outcome.txt">${'a'.repeat(64)}</pendopo:sha256>`);
  });

  it('lists the conference and each delegation that joined, by its name in the language', () => {
    expect(xml.id).toContain('showAs="Konferensi Internasional tentang Diplomasi Digital 2021"');
    expect(xml.id).toContain(`<TLCOrganization eId="delegation_${ids.finland.replace(/-/g, '')}"`);
    expect(xml.id).toContain('showAs="Finlandia"');
    expect(xml.en).toContain('showAs="Finland"');
  });

  it('escapes the hostile title: no raw <script> anywhere', () => {
    for (const document of Object.values(xml)) {
      expect(document).not.toContain('<script>');
      expect(document).toContain('&lt;script&gt;&amp;&quot;&apos;');
    }
    expect(xml.id).not.toContain('<the document>');
  });

  it('writes the Indonesian title and text in the Indonesian export', () => {
    expect(xml.id).toContain('<docTitle>Pesan Bali &lt;script&gt;&amp;&quot;&apos;</docTitle>');
    expect(xml.id).toContain('Kami, para peserta, yang bertemu di Bali dan secara daring,');
    expect(xml.id).toContain('<heading>Kerangka kebijakan</heading>');
    expect(xml.id).not.toContain('We recognise the role of digital tools');
    expect(xml.en).toContain('<docTitle>Bali Message &lt;script&gt;&amp;&quot;&apos;</docTitle>');
  });

  it('falls back to the English text, marked as English, where the translation is missing', () => {
    const crisis = elementAt(xml.id, `<paragraph eId="${paragraphEid(ids.crisis1)}">`, 'paragraph');
    expect(crisis).toContain(`<p><span xml:lang="en">${CRISIS_EN}</span></p>`);
  });

  it('gives each paragraph the same eId, from its id, in both languages; the number is only in <num>', () => {
    const eIds = (document: string) => [...document.matchAll(/<paragraph eId="([^"]+)">/g)].map((m) => m[1]);
    const expected = [ids.policy1, ids.policy2, ids.crisis1].map(paragraphEid);
    expect(eIds(xml.en)).toEqual(expected);
    expect(eIds(xml.id)).toEqual(expected);
    const second = elementAt(xml.en, `<paragraph eId="${paragraphEid(ids.policy2)}">`, 'paragraph');
    expect(second).toContain('<num>2</num>');
    expect(xml.en).toContain('<num>PP1</num>');
  });

  it('puts the reservation, with its delegation, at the end of the paragraph it concerns', () => {
    const concerned = elementAt(xml.id, `<paragraph eId="${paragraphEid(ids.policy2)}">`, 'paragraph');
    const note =
      `<authorialNote marker="2" placement="bottom" eId="note_2"><p>Reservasi oleh ` +
      `<organization refersTo="#delegation_${ids.finland.replace(/-/g, '')}">Finlandia</organization>: ` +
      `${FINLAND_RESERVATION}</p></authorialNote>`;
    expect(concerned).toContain(`<p>Kami mendorong arus data yang bebas dengan kepercayaan.${note}</p>`);
    const other = elementAt(xml.id, `<paragraph eId="${paragraphEid(ids.policy1)}">`, 'paragraph');
    expect(other).not.toContain('authorialNote');
  });

  it('puts the reservation on the whole document at the end of the title', () => {
    const preface = elementAt(xml.en, '<preface>', 'preface');
    expect(preface).toMatch(/<\/docTitle><authorialNote marker="1" placement="bottom" eId="note_1"><p>Reservation by /);
    expect(preface).toContain('>Japan</organization>: Japan joins the consensus &amp; reserves its position on');
  });

  it('concludes with the adoption: its date and method, the delegations that joined, the hash', () => {
    const en = elementAt(xml.en, '<conclusions>', 'conclusions');
    expect(en).toContain('Adopted on <docDate date="2021-11-18">18 November 2021</docDate> by consensus.');
    for (const name of ['Indonesia', 'Finland', 'Japan']) expect(en).toContain(`>${name}</organization></p>`);
    expect(en).toContain('Indonesia welcomes the spirit of the Bali Message.');
    expect(en).toContain('a'.repeat(64));
    const id = elementAt(xml.id, '<conclusions>', 'conclusions');
    expect(id).toContain('Diadopsi pada <docDate date="2021-11-18">18 November 2021</docDate> secara konsensus.');
    const silence = toAkomaNtoso({ ...OUTCOME, method: 'silence' }, 'en', PUBLIC_URL);
    expect(silence).toContain('under the silence procedure.');
  });
});
