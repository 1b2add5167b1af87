import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import type { EventView } from '../../../../shared/events.js';
import { pagePath } from '../../../../shared/routes.js';
import { StatusMessage } from '../../../ui/ProblemAlert.js';
import { Localized } from '../../../ui/text.js';
import type { FocusArea } from './adoptedText.js';
import { CommitmentForm } from './CommitmentForm.js';
import { CommitmentItem, commitmentHeadingId, type Mode, openerId } from './CommitmentItem.js';
import { useFocusAfterChange } from './TextListEditor.js';

type Open = { kind: 'new' } | { kind: Exclude<Mode, 'view'>; id: string } | null;

const NEW_OPENER = 'new-commitment-open';

interface Props {
  slug: string;
  delegationId: string;
  name: string;
  country: string | null;
  event: EventView;
  /** The adopted text's focus areas; null before the adoption. */
  areas: FocusArea[] | null;
  commitments: CommitmentDetail[];
}

function Links({ slug, delegationId }: { slug: string; delegationId: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('commitmentsOwn.links.title')} className="related-links">
      <ul>
        <li>
          <Link to={pagePath('commitments', { slug })}>{t('commitmentsOwn.links.tracker')}</Link>
        </li>
        <li>
          <Link to={pagePath('outcome', { slug })}>{t('commitmentsOwn.links.outcome')}</Link>
        </li>
        <li>
          <Link to={pagePath('delegationOutcome', { slug, id: delegationId })}>
            {t('commitmentsOwn.links.delegationOutcome')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

/** The country's commitments, one form open at a time: a new one, an edit, or a report. */
export function OwnCommitments(props: Props) {
  const { t } = useTranslation();
  const { slug, delegationId, name, event, areas, commitments } = props;
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState<string | null>(null);
  const focus = useFocusAfterChange();
  const close = (focusId: string, message: string | null) => {
    setOpen(null);
    setStatus(message);
    focus(focusId);
  };
  const parts = { slug, delegationId, ownCountry: props.country, timeZone: event.timeZone };
  return (
    <article className="own-commitments" aria-labelledby="own-commitments-title">
      <h1 id="own-commitments-title">
        {t('commitmentsOwn.heading', { delegation: name })}
        <span className="subtitle">
          <Link to={pagePath('event', { slug })}>
            <Localized text={event.name} />
          </Link>
        </span>
      </h1>
      <p>{t('commitmentsOwn.intro')}</p>
      <Links slug={slug} delegationId={delegationId} />
      <StatusMessage>{status}</StatusMessage>
      {!areas ? (
        <p className="alert alert-info">{t('commitmentsOwn.notAdopted')}</p>
      ) : open?.kind === 'new' ? (
        <CommitmentForm
          {...parts}
          areas={areas}
          level={2}
          onDone={(message, id) => close(commitmentHeadingId(id), message)}
          onCancel={() => close(NEW_OPENER, null)}
        />
      ) : (
        <p>
          <button
            id={NEW_OPENER}
            type="button"
            onClick={() => {
              setStatus(null);
              setOpen({ kind: 'new' });
            }}
          >
            {t('commitmentsOwn.actions.register')}
          </button>
        </p>
      )}
      <section aria-labelledby="own-list-title" className="own-list">
        <h2 id="own-list-title">{t('commitmentsOwn.list.title', { count: commitments.length })}</h2>
        {commitments.length === 0 ? (
          <p>{areas ? t('commitmentsOwn.list.none') : t('commitmentsOwn.list.noneYet')}</p>
        ) : (
          <ul className="own-commitment-list">
            {commitments.map((commitment) => {
              const id = commitment.id;
              const mode: Mode = open && open.kind !== 'new' && open.id === id ? open.kind : 'view';
              return (
                <CommitmentItem
                  key={id}
                  {...parts}
                  areas={areas ?? []}
                  commitment={commitment}
                  mode={mode}
                  onOpen={(kind) => {
                    setStatus(null);
                    setOpen({ kind, id });
                  }}
                  onCancel={() => close(mode === 'view' ? commitmentHeadingId(id) : openerId(id, mode), null)}
                  onDone={(message) => close(commitmentHeadingId(id), message)}
                />
              );
            })}
          </ul>
        )}
      </section>
    </article>
  );
}
