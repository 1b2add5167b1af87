import type { Paragraph, PublishedOutcome, Reservation } from '../../../shared/outcome.js';
import { wallClock } from '../../../shared/zonedTime.js';
import { escapeXml } from '../../core/xml.js';
import { wordsOf } from './outcome.words.js';

/*
 * The adopted outcome as Akoma Ntoso 3.0 (OASIS LegalDocML), valid against akomantoso30.xsd.
 * One expression per language: a `doc name="outcome"` whose preface holds the title, whose
 * preamble holds the preambular paragraphs as recitals, whose mainBody holds one section per
 * focus area with its operative paragraphs, and whose conclusions say how it was adopted.
 * Reservations are authorialNotes at the end of the text they concern (the title's for one on
 * the whole document). The eIds of paragraphs come from their ids, so they stay the same in
 * every language and every version; the printed numbers are only in <num>.
 */

const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** Our namespace for what AKN has no element for (the hash), inside <proprietary>. */
export const PENDOPO_NS = 'https://pendopo.example/ns/outcome/1.0';

/** The few words the export writes itself. */

type Attributes = Record<string, string | number | undefined>;
const attributes = (values: Attributes) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

/** An element on one line; `markup` is already XML (escape text with escapeXml first). */
const inline = (name: string, values: Attributes, markup: string) =>
  `<${name}${attributes(values)}>${markup}</${name}>`;
const empty = (name: string, values: Attributes) => `<${name}${attributes(values)}/>`;
/** An element whose children are lines of their own, indented. */
const block = (name: string, values: Attributes, children: (string | string[])[]): string[] => [
  `<${name}${attributes(values)}>`,
  ...children.flat().map((child) => `  ${child}`),
  `</${name}>`,
];

/** A uuid as an eId part: its 32 hex digits, the same in every language and version. */
const idPart = (id: string) => id.replace(/-/g, '').toLowerCase();
export const paragraphEid = (id: string) => `para_${idPart(id)}`;
export const recitalEid = (id: string) => `rec_${idPart(id)}`;
export const delegationEid = (id: string) => `delegation_${idPart(id)}`;

export function toAkomaNtoso(outcome: PublishedOutcome, language: string, publicUrl: string): string {
  const words = wordsOf(language);
  const fallback = outcome.authoritativeLanguage;
  const { content, numbers, event } = outcome;

  /** The text in the language, else the authoritative one, marked with xml:lang when it is not the language. */
  const localized = (text: Record<string, string>) => {
    if (text[language]) return { value: text[language], lang: undefined };
    const other = text[fallback] ? fallback : 'en';
    return { value: text[other] ?? '', lang: other === language ? undefined : other };
  };
  const plain = (text: Record<string, string>) => localized(text).value;

  const joined = new Set(outcome.delegations.map((d) => d.id));
  const delegationName = (id: string) => {
    const delegation = outcome.delegations.find((d) => d.id === id);
    return delegation ? plain(delegation.name) : id;
  };
  /** The delegation by name, linked to its TLCOrganization when it is one of those that joined. */
  const delegationMarkup = (id: string) =>
    joined.has(id)
      ? inline('organization', { refersTo: `#${delegationEid(id)}` }, escapeXml(delegationName(id)))
      : escapeXml(delegationName(id));

  // Notes are numbered in the order they stand in the document; a reservation on two
  // paragraphs is a note in each.
  let noteNumber = 0;
  const notes = (reservations: Reservation[]) =>
    reservations
      .map((r) => {
        noteNumber += 1;
        const text = `${escapeXml(words.reservationBy)} ${delegationMarkup(r.delegationId)}: ${escapeXml(r.text)}`;
        return inline(
          'authorialNote',
          { marker: noteNumber, placement: 'bottom', eId: `note_${noteNumber}` },
          inline('p', {}, text),
        );
      })
      .join('');
  const notesOn = (paragraphId: string) =>
    notes(outcome.reservations.filter((r) => r.paragraphIds.includes(paragraphId)));

  /** A paragraph's text in a <p>, with the reservations on it at its end (a fallback is marked, its notes not). */
  const textOf = (paragraph: Paragraph) => {
    const text = localized(paragraph.text);
    const markup = text.lang ? inline('span', { 'xml:lang': text.lang }, escapeXml(text.value)) : escapeXml(text.value);
    return inline('p', {}, markup + notesOn(paragraph.id));
  };

  // IRIs after the AKN naming convention: work, then language@version, then the file.
  const adopted = wallClock(Date.parse(outcome.adoptedAt), event.timeZone);
  const workUri = `/akn/un/doc/outcome/${event.slug}/${adopted.date}`;
  const expressionUri = (lang: string) => `${workUri}/${lang}@${outcome.version}`;
  const expression = expressionUri(language);
  const isAuthoritative = language === fallback;
  const date = empty('FRBRdate', { date: adopted.date, name: 'adoption' });

  const identification = block('identification', { source: '#pendopo' }, [
    block('FRBRWork', {}, [
      empty('FRBRthis', { value: `${workUri}/!main` }),
      empty('FRBRuri', { value: workUri }),
      date,
      empty('FRBRauthor', { href: '#conference' }),
      empty('FRBRcountry', { value: 'un' }),
      empty('FRBRsubtype', { value: 'outcome' }),
      empty('FRBRnumber', { value: event.slug }),
      empty('FRBRname', { value: plain(content.title) }),
    ]),
    block('FRBRExpression', {}, [
      empty('FRBRthis', { value: `${expression}/!main` }),
      empty('FRBRuri', { value: expression }),
      date,
      empty('FRBRauthor', { href: '#conference' }),
      empty('FRBRversionNumber', { value: outcome.version }),
      empty('FRBRauthoritative', { value: String(isAuthoritative) }),
      empty('FRBRlanguage', { language }),
      isAuthoritative
        ? []
        : empty('FRBRtranslation', {
            href: expressionUri(fallback),
            fromLanguage: fallback,
            authoritative: 'false',
            by: '#conference',
          }),
    ]),
    block('FRBRManifestation', {}, [
      empty('FRBRthis', { value: `${expression}/!main.xml` }),
      empty('FRBRuri', { value: `${expression}.akn` }),
      date,
      empty('FRBRauthor', { href: '#pendopo' }),
      empty('FRBRformat', { value: 'application/akn+xml' }),
    ]),
  ]);

  const references = block('references', { source: '#pendopo' }, [
    empty('TLCOrganization', { eId: 'pendopo', href: publicUrl, showAs: 'Pendopo' }),
    empty('TLCOrganization', {
      eId: 'conference',
      href: `${publicUrl}/events/${event.slug}`,
      showAs: plain(event.name),
    }),
    ...outcome.delegations.map((d) =>
      empty('TLCOrganization', {
        eId: delegationEid(d.id),
        href: `/akn/ontology/organization/un/delegation.${idPart(d.id)}`,
        showAs: plain(d.name),
      }),
    ),
  ]);

  const proprietary = block('proprietary', { source: '#pendopo' }, [
    block('pendopo:outcome', {}, [
      inline('pendopo:sha256', { language: fallback, of: 'outcome.txt' }, escapeXml(outcome.sha256)),
      inline('pendopo:version', {}, String(outcome.version)),
      inline('pendopo:method', {}, escapeXml(outcome.method)),
      inline('pendopo:adoptedAt', {}, escapeXml(outcome.adoptedAt)),
    ]),
  ]);

  // The title, with the reservations on the whole document at its end.
  const title = localized(content.title);
  const wholeDocument = outcome.reservations.filter((r) => r.paragraphIds.length === 0);
  const preface = block('preface', {}, [
    inline(
      'p',
      { class: 'title' },
      inline('docTitle', { 'xml:lang': title.lang }, escapeXml(title.value)) + notes(wholeDocument),
    ),
  ]);

  const preamble =
    content.preamble.length === 0
      ? []
      : block('preamble', {}, [
          block(
            'recitals',
            { eId: 'recs' },
            content.preamble.map((p) =>
              block('recital', { eId: recitalEid(p.id) }, [
                inline('num', {}, escapeXml(numbers[p.id] ?? '')),
                textOf(p),
              ]),
            ),
          ),
        ]);

  const sections = content.sections.map((section, index) => {
    const heading = localized(section.heading);
    return block('section', { eId: `sec_${index + 1}` }, [
      inline('num', {}, `§ ${index + 1}`),
      inline('heading', { 'xml:lang': heading.lang }, escapeXml(heading.value)),
      ...section.paragraphs.map((p) =>
        block('paragraph', { eId: paragraphEid(p.id) }, [
          inline('num', {}, escapeXml(numbers[p.id] ?? '')),
          block('content', {}, [textOf(p)]),
        ]),
      ),
    ]);
  });
  // mainBody needs one child at least: an outcome with no section has an empty paragraph.
  const mainBody = block('mainBody', {}, sections.length === 0 ? ['<p/>'] : sections);

  const dateText = new Intl.DateTimeFormat(words.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: event.timeZone,
  }).format(new Date(outcome.adoptedAt));
  const listOf = (eId: string, introduction: string, items: string[]) =>
    items.length === 0
      ? []
      : block('blockList', { eId }, [
          inline('listIntroduction', {}, escapeXml(introduction)),
          ...items.map((item, i) => block('item', { eId: `${eId}__item_${i + 1}` }, [inline('p', {}, item)])),
        ]);
  const adoptedOn = inline('docDate', { date: adopted.date }, escapeXml(dateText));
  const conclusions = block('conclusions', {}, [
    inline(
      'p',
      { class: 'adoption' },
      `${escapeXml(words.adopted)} ${adoptedOn} ${escapeXml(words.method[outcome.method])}.`,
    ),
    listOf(
      'joined',
      words.joined,
      outcome.delegations.map((d) => delegationMarkup(d.id)),
    ),
    listOf(
      'explanations',
      words.explanations,
      outcome.explanations.map((e) => `${delegationMarkup(e.delegationId)}: ${escapeXml(e.text)}`),
    ),
    inline('p', { class: 'sha256' }, `${escapeXml(words.sha256)} ${escapeXml(outcome.sha256)}`),
  ]);

  const document = block('akomaNtoso', { xmlns: AKN_NS, 'xmlns:pendopo': PENDOPO_NS }, [
    block('doc', { name: 'outcome' }, [
      block('meta', {}, [identification, references, proprietary]),
      preface,
      preamble,
      mainBody,
      conclusions,
    ]),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${document.join('\n')}\n`;
}
