import { useTranslation } from 'react-i18next';
import type { OutcomeContent, Paragraph } from '../../../shared/outcome.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { Localized, pickedLanguage } from '../../ui/text.js';
import { markerId, type Note, noteId } from './notes.js';

/** The link from the text to a reservation's footnote: "[1]", named for a screen reader by who made it. */
export function NoteMarker({ note, from }: { note: Note; from: string | null }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <sup className="note-marker" lang={language}>
      <a href={`#${noteId(note)}`} id={markerId(note, from)}>
        <span className="visually-hidden">
          {t('outcome.notes.marker', { delegation: pickText(note.delegation, language) })}{' '}
        </span>
        [{note.number}]
      </a>
    </sup>
  );
}

function OutcomeParagraph(props: { paragraph: Paragraph; number: string | undefined; notes: Note[] }) {
  const { paragraph, number, notes } = props;
  const language = currentLanguage();
  const used = pickedLanguage(paragraph.text, language);
  return (
    // English where the reader's language has no translation, and said so to a screen reader.
    <p className="outcome-paragraph" id={`paragraph-${paragraph.id}`} lang={used === language ? undefined : used}>
      {number && <span className="outcome-number">{number}</span>} {pickText(paragraph.text, language)}
      {notes.map((note) => (
        <NoteMarker key={note.number} note={note} from={paragraph.id} />
      ))}
    </p>
  );
}

/**
 * The document's preamble and sections, each section under its heading (h2 when the text is the
 * page's, h3 inside the draft's section), with each paragraph's number and its reservations' markers.
 */
export function OutcomeText(props: {
  content: OutcomeContent;
  numbers: Record<string, string>;
  notes?: Map<string, Note[]>;
  headingLevel: 2 | 3;
}) {
  const { content, numbers, notes = new Map<string, Note[]>(), headingLevel } = props;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // Printed as the exports print them: "PP1" in the preamble, "1." in the sections.
  const paragraph = (p: Paragraph, isPreamble = false) => {
    const number = numbers[p.id];
    const printed = number && !isPreamble ? `${number}.` : number;
    return <OutcomeParagraph key={p.id} paragraph={p} number={printed} notes={notes.get(p.id) ?? []} />;
  };
  return (
    <div className="outcome-text">
      {content.preamble.length > 0 && (
        <div className="outcome-preamble">{content.preamble.map((p) => paragraph(p, true))}</div>
      )}
      {content.sections.map((section, index) => (
        <section key={section.focusAreaId} aria-labelledby={`outcome-section-${index + 1}`}>
          <Heading id={`outcome-section-${index + 1}`}>
            <Localized text={section.heading} />
          </Heading>
          {section.paragraphs.map((p) => paragraph(p))}
        </section>
      ))}
    </div>
  );
}
