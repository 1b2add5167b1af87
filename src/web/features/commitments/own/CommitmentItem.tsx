import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import { pagePath } from '../../../../shared/routes.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { ConfirmInline } from '../../../ui/ConfirmInline.js';
import type { FocusArea } from './adoptedText.js';
import { CommitmentFacts, ReviewState } from './CommitmentFacts.js';
import { CommitmentForm } from './CommitmentForm.js';
import { EDITABLE } from './enums.js';
import { useSubmitCommitment } from './mutations.js';
import { ReportForm } from './ReportForm.js';
import { ReportHistory } from './ReportHistory.js';
import { ReviewNotice } from './ReviewNotice.js';

export type Mode = 'view' | 'edit' | 'report';

export const commitmentHeadingId = (id: string) => `commitment-${id}`;
export const openerId = (id: string, mode: Exclude<Mode, 'view'>) => `${mode}-open-${id}`;

interface Props {
  slug: string;
  delegationId: string;
  commitment: CommitmentDetail;
  areas: FocusArea[];
  ownCountry: string | null;
  timeZone: string;
  mode: Mode;
  onOpen: (mode: Exclude<Mode, 'view'>) => void;
  /** Closed without a change: the focus goes back to the button that opened the form. */
  onCancel: () => void;
  /** A change made: the message is said, the focus goes to the commitment. */
  onDone: (message: string) => void;
}

function SubmitForReview(props: Props & { title: string }) {
  const { t } = useTranslation();
  const { slug, delegationId, commitment, title } = props;
  const submit = useSubmitCommitment(slug, delegationId, commitment.id);
  const isAgain = commitment.reviewState === 'returned';
  const confirm = async () => {
    try {
      const { reviewState } = await submit.mutateAsync(undefined);
      props.onDone(
        reviewState === 'published'
          ? t('commitmentsOwn.submit.published', { title })
          : t('commitmentsOwn.submit.done', { title }),
      );
    } catch {
      // The question shows what the server said.
    }
  };
  return (
    <ConfirmInline
      id={`submit-${commitment.id}`}
      start={isAgain ? t('commitmentsOwn.submit.startAgain') : t('commitmentsOwn.submit.start')}
      question={t('commitmentsOwn.submit.question', { title })}
      confirm={t('commitmentsOwn.submit.confirm')}
      keep={t('commitmentsOwn.submit.keep')}
      isBusy={submit.isPending}
      error={submit.error}
      onConfirm={() => void confirm()}
      isStartSecondary={false}
    >
      <p>{t('commitmentsOwn.submit.explain')}</p>
    </ConfirmInline>
  );
}

/** One of the country's commitments: where it stands, what it is, what the country may do with it now. */
export function CommitmentItem(props: Props) {
  const { t } = useTranslation();
  const { slug, delegationId, commitment, mode, timeZone } = props;
  const title = pickText(commitment.title, currentLanguage());
  const isEditable = EDITABLE[commitment.reviewState];
  const isPublished = commitment.reviewState === 'published';
  if (mode === 'edit')
    return (
      <li className="own-commitment own-commitment-editing">
        <CommitmentForm
          slug={slug}
          delegationId={delegationId}
          areas={props.areas}
          ownCountry={props.ownCountry}
          commitment={commitment}
          level={3}
          onDone={(message) => props.onDone(message)}
          onCancel={props.onCancel}
        />
      </li>
    );
  return (
    <li className={`card own-commitment own-commitment-${commitment.reviewState}`}>
      <h3 id={commitmentHeadingId(commitment.id)} tabIndex={-1}>
        {title}
      </h3>
      <ReviewState commitment={commitment} />
      {commitment.reviewState === 'returned' && <ReviewNotice review={commitment.review} level={3} />}
      <CommitmentFacts commitment={commitment} areas={props.areas} timeZone={timeZone} />
      {mode === 'report' ? (
        <ReportForm
          slug={slug}
          delegationId={delegationId}
          commitment={commitment}
          level={3}
          onDone={props.onDone}
          onCancel={props.onCancel}
        />
      ) : (
        <div className="form-actions commitment-actions">
          {isEditable && <SubmitForReview {...props} title={title} />}
          {isEditable && (
            <button
              id={openerId(commitment.id, 'edit')}
              type="button"
              className="secondary"
              onClick={() => props.onOpen('edit')}
            >
              {t('commitmentsOwn.actions.edit')}
              <span className="visually-hidden"> “{title}”</span>
            </button>
          )}
          {isPublished && (
            <button id={openerId(commitment.id, 'report')} type="button" onClick={() => props.onOpen('report')}>
              {t('commitmentsOwn.actions.report')}
              <span className="visually-hidden"> “{title}”</span>
            </button>
          )}
          {isPublished && (
            <Link to={pagePath('commitment', { slug, id: commitment.id })}>
              {t('commitmentsOwn.actions.public')}
              <span className="visually-hidden"> “{title}”</span>
            </Link>
          )}
        </div>
      )}
      <ReportHistory commitment={commitment} timeZone={timeZone} />
    </li>
  );
}
