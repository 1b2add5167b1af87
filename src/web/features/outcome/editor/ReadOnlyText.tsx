import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Paragraph, WorkingDocument } from '../../../../shared/outcome.js';
import { pagePath } from '../../../../shared/routes.js';
import { Localized } from '../../../ui/text.js';
import { numberParagraphs } from '../notes.js';
import { ParagraphStateControl, StatesHint } from './ParagraphState.js';
import { isStateSettable } from './stages.js';

/** Why the text cannot be edited now, and where to go instead. */
function Why({ slug, working }: { slug: string; working: WorkingDocument }) {
  const { t } = useTranslation();
  const { stage } = working;
  if (stage === 'drafting' || stage === 'negotiation') return null;
  return (
    <div className="alert alert-info">
      <p>{t(`outcomeEditor.text.readOnly.${stage}`)}</p>
      {stage === 'amendments' && (
        <p>
          <Link to={pagePath('outcomeAmendments', { slug })}>{t('outcomeEditor.links.amendments')}</Link>
        </p>
      )}
      {stage === 'adopted' && (
        <p>
          <Link to={pagePath('outcome', { slug })}>{t('outcomeEditor.links.public')}</Link>
        </p>
      )}
    </div>
  );
}

function ReadOnlyParagraph(props: { slug: string; working: WorkingDocument; paragraph: Paragraph; number: string }) {
  const { slug, working, paragraph, number } = props;
  const { t } = useTranslation();
  const isOutdated = (working.outdated[paragraph.id] ?? []).includes('id');
  return (
    <li className="paragraph-read" data-testid="paragraph">
      <p className="paragraph-number">{number}</p>
      <div className="paragraph-languages">
        <p lang="en">{paragraph.text.en}</p>
        {paragraph.text.id ? <p lang="id">{paragraph.text.id}</p> : null}
      </div>
      {isOutdated && <p className="outdated-note">{t('outcomeEditor.text.outdated')}</p>}
      <ParagraphStateControl
        slug={slug}
        paragraphId={paragraph.id}
        number={number}
        state={working.states[paragraph.id] ?? 'open'}
        stage={working.stage}
      />
    </li>
  );
}

/** The text as it stands, when it cannot be edited: with each paragraph's state (still set in the amendments). */
export function ReadOnlyText({ slug, working }: { slug: string; working: WorkingDocument }) {
  const { t } = useTranslation();
  const { content } = working;
  const numbers = numberParagraphs(content);
  const list = (paragraphs: Paragraph[]) =>
    paragraphs.length === 0 ? (
      <p className="hint">{t('outcomeEditor.text.empty')}</p>
    ) : (
      <ol className="paragraphs">
        {paragraphs.map((p) => (
          <ReadOnlyParagraph key={p.id} slug={slug} working={working} paragraph={p} number={numbers[p.id] ?? ''} />
        ))}
      </ol>
    );
  return (
    <>
      <Why slug={slug} working={working} />
      {working.version === 0 ? (
        <p>{t('outcomeEditor.text.noText')}</p>
      ) : (
        <div className="read-only-text">
          {isStateSettable(working.stage) && <StatesHint />}
          <p className="document-title">
            <Localized text={content.title} />
          </p>
          <section aria-labelledby="read-preamble">
            <h3 id="read-preamble">{t('outcomeEditor.text.preamble')}</h3>
            {list(content.preamble)}
          </section>
          {content.sections.map((section, index) => (
            <section key={section.focusAreaId} aria-labelledby={`read-section-${index}`}>
              <h3 id={`read-section-${index}`}>
                <Localized text={section.heading} />
              </h3>
              {list(section.paragraphs)}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
