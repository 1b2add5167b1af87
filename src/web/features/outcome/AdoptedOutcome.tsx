import type { TFunction } from 'i18next';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublishedOutcome } from '../../../shared/outcome.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { InstantTimes } from '../../ui/InstantTimes.js';
import { Localized } from '../../ui/text.js';
import { firstMarkerId, type Note, noteId, notesByParagraph, notesOf } from './notes.js';
import { OutcomeDownloads, OutcomeHash } from './OutcomeFiles.js';
import { NoteMarker, OutcomeText } from './OutcomeText.js';

/** What a reservation concerns: "paragraph 1", "paragraphs PP1, 2", "the whole document". */
function concerns(note: Note, numbers: Record<string, string>, t: TFunction) {
  if (note.paragraphIds.length === 0) return t('outcome.notes.wholeDocument');
  const list = note.paragraphIds.map((id) => numbers[id] ?? '?').join(', ');
  return t('outcome.notes.paragraphs', { count: note.paragraphIds.length, list });
}

/** The reservations, as footnotes the markers in the text lead to; each leads back. */
function Footnotes({ notes, numbers }: { notes: Note[]; numbers: Record<string, string> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="outcome-notes" className="outcome-notes">
      <h2 id="outcome-notes">{t('outcome.notes.title')}</h2>
      <ol>
        {notes.map((note) => (
          // Focusable, so that following a marker brings the keyboard and the screen reader here too.
          <li key={note.number} id={noteId(note)} tabIndex={-1}>
            <p>
              {t('outcome.notes.by', { delegation: pickText(note.delegation, language) })} {note.text}
            </p>
            <p className="muted">
              {concerns(note, numbers, t)}
              {' · '}
              <a href={`#${firstMarkerId(note)}`}>{t('outcome.notes.back', { number: note.number })}</a>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Adoption({ published }: { published: PublishedOutcome }) {
  const { t } = useTranslation();
  return (
    <dl className="details outcome-facts">
      <div>
        <dt>{t('outcome.adopted.at')}</dt>
        <dd>
          <InstantTimes at={published.adoptedAt} eventTimeZone={published.event.timeZone} />
        </dd>
      </div>
      <div>
        <dt>{t('outcome.adopted.method')}</dt>
        <dd>{t(`outcome.methods.${published.method}`)}</dd>
      </div>
      <div>
        <dt>{t('outcome.adopted.version')}</dt>
        <dd>{published.version}</dd>
      </div>
    </dl>
  );
}

function Delegations({ published }: { published: PublishedOutcome }) {
  const { t } = useTranslation();
  const names = new Map(published.delegations.map((d) => [d.id, d.name]));
  return (
    <>
      <section aria-labelledby="outcome-joined">
        <h2 id="outcome-joined">{t('outcome.joined.title', { count: published.delegations.length })}</h2>
        <ul className="outcome-joined">
          {published.delegations.map((delegation) => (
            <li key={delegation.id}>
              <Localized text={delegation.name} />
              {delegation.hasReservation && ` (${t('outcome.joined.withReservation')})`}
            </li>
          ))}
        </ul>
      </section>
      {published.explanations.length > 0 && (
        <section aria-labelledby="outcome-explanations">
          <h2 id="outcome-explanations">{t('outcome.explanations')}</h2>
          <ul className="outcome-explanations">
            {published.explanations.map((explanation) => (
              <li key={explanation.delegationId}>
                <span className="label">
                  <Localized text={names.get(explanation.delegationId) ?? {}} />:
                </span>{' '}
                {explanation.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The adopted text as published: numbered, its reservations as footnotes, how it was adopted, its hash and files. */
export function AdoptedOutcome({ published, eventLink }: { published: PublishedOutcome; eventLink: ReactNode }) {
  const { t } = useTranslation();
  const notes = notesOf(published);
  const onWhole = notes.filter((note) => note.paragraphIds.length === 0);
  const slug = published.event.slug;
  return (
    <article className="outcome" aria-labelledby="outcome-title">
      <h1 id="outcome-title">
        <Localized text={published.content.title} />
        <span className="subtitle">{eventLink}</span>
      </h1>
      <p className="outcome-status">{t('outcome.adopted.notice')}</p>
      <p>
        <Link to={pagePath('commitments', { slug })}>{t('tracker.link')}</Link>
      </p>
      <Adoption published={published} />
      {onWhole.length > 0 && (
        <p className="outcome-whole">
          {t('outcome.notes.onWhole', { count: onWhole.length })}{' '}
          {onWhole.map((note, index) => (
            <Fragment key={note.number}>
              {index > 0 && ', '}
              <Localized text={note.delegation} />
              <NoteMarker note={note} from={null} />
            </Fragment>
          ))}
        </p>
      )}
      <OutcomeText
        content={published.content}
        numbers={published.numbers}
        notes={notesByParagraph(notes)}
        headingLevel={2}
      />
      <Footnotes notes={notes} numbers={published.numbers} />
      <Delegations published={published} />
      <OutcomeHash slug={slug} sha256={published.sha256} />
      <OutcomeDownloads slug={slug} />
    </article>
  );
}
