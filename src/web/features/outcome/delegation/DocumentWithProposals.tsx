import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paragraph, WorkingDocument } from '../../../../shared/outcome.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { StatusMessage } from '../../../ui/ProblemAlert.js';
import { Localized, pickedLanguage } from '../../../ui/text.js';
import { ProposeForm, proposeFormId } from './ProposeForm.js';

interface Props {
  slug: string;
  delegationId: string;
  working: WorkingDocument;
  numbers: Record<string, string>;
  /** Whether amendments may be proposed now (the stage, and the deadline not passed). */
  isProposing: boolean;
}

const buttonId = (paragraphId: string) => `propose-button-${paragraphId}`;

function ParagraphText({
  paragraph,
  number,
  isPreamble,
}: {
  paragraph: Paragraph;
  number: string;
  isPreamble: boolean;
}) {
  const language = currentLanguage();
  const used = pickedLanguage(paragraph.text, language);
  return (
    <p className="outcome-paragraph" lang={used === language ? undefined : used}>
      <span className="outcome-number">{isPreamble ? number : `${number}.`}</span> {pickText(paragraph.text, language)}
    </p>
  );
}

/** One paragraph: its text, where its negotiation stands, and (while proposing) the way to amend it. */
function WorkingParagraph(props: Props & { paragraph: Paragraph; isPreamble: boolean }) {
  const { t } = useTranslation();
  const { paragraph, working, numbers, isProposing } = props;
  const number = numbers[paragraph.id] ?? '?';
  const language = currentLanguage();
  const isOutdated = language !== 'en' && (working.outdated[paragraph.id] ?? []).includes(language);
  const state = working.states[paragraph.id] ?? 'open';
  const [isOpen, setIsOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const wasOpen = useRef(false);
  // Closed (proposed or cancelled): the focus goes back to the button that opened the form.
  useEffect(() => {
    if (!isOpen && wasOpen.current) document.getElementById(buttonId(paragraph.id))?.focus();
    wasOpen.current = isOpen;
  }, [isOpen, paragraph.id]);
  return (
    <div className="working-paragraph" id={`paragraph-${paragraph.id}`}>
      <ParagraphText paragraph={paragraph} number={number} isPreamble={props.isPreamble} />
      {isOutdated && <p className="hint">{t('outcomeDelegation.text.outdated')}</p>}
      <p className={`paragraph-state paragraph-state-${state}`}>
        {t('outcomeDelegation.text.state')}: <strong>{t(`outcomeDelegation.states.${state}`)}</strong>
      </p>
      {isProposing && (
        <>
          <button
            type="button"
            id={buttonId(paragraph.id)}
            className="secondary small"
            aria-expanded={isOpen}
            aria-controls={isOpen ? proposeFormId(paragraph.id) : undefined}
            onClick={() => {
              setStatus(null);
              setIsOpen(!isOpen);
            }}
          >
            {t('outcomeDelegation.text.propose', { number })}
          </button>
          <StatusMessage>{status}</StatusMessage>
        </>
      )}
      {isProposing && isOpen && (
        <ProposeForm
          slug={props.slug}
          delegationId={props.delegationId}
          paragraph={paragraph}
          number={number}
          onCancel={() => setIsOpen(false)}
          onDone={(message) => {
            setStatus(message);
            setIsOpen(false);
          }}
        />
      )}
    </div>
  );
}

/** The current text under its headings, numbered, each paragraph with its state and its amendment button. */
export function DocumentWithProposals(props: Props) {
  const { t } = useTranslation();
  const { content, version } = props.working;
  const isEmpty = version === 0 || [content.preamble, ...content.sections.map((s) => s.paragraphs)].flat().length === 0;
  return (
    <section aria-labelledby="working-text-title" className="working-text">
      <h2 id="working-text-title">{t('outcomeDelegation.text.title', { version })}</h2>
      {isEmpty ? (
        <p>{t('outcomeDelegation.text.empty')}</p>
      ) : (
        <>
          <p className="working-title">
            <Localized text={content.title} />
          </p>
          <p className="hint">{t('outcomeDelegation.text.authoritative')}</p>
          {content.preamble.length > 0 && (
            <section aria-labelledby="working-preamble">
              <h3 id="working-preamble">{t('outcomeDelegation.text.preamble')}</h3>
              {content.preamble.map((p) => (
                <WorkingParagraph key={p.id} {...props} paragraph={p} isPreamble />
              ))}
            </section>
          )}
          {content.sections.map((section, index) => (
            <section key={section.focusAreaId} aria-labelledby={`working-section-${index + 1}`}>
              <h3 id={`working-section-${index + 1}`}>
                <Localized text={section.heading} />
              </h3>
              {section.paragraphs.length === 0 && <p className="hint">{t('outcomeDelegation.text.noParagraphs')}</p>}
              {section.paragraphs.map((p) => (
                <WorkingParagraph key={p.id} {...props} paragraph={p} isPreamble={false} />
              ))}
            </section>
          ))}
        </>
      )}
    </section>
  );
}
