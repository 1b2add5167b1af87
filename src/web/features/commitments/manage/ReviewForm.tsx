import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewCheck } from '../../../../shared/commitments.js';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import { ChoiceGroup } from '../../../ui/Choices.js';
import { TextAreaField } from '../../../ui/Field.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { useReview } from './hostApi.js';
import { plain } from './names.js';

const CHECKS: ReviewCheck[] = ['specific', 'measurable', 'dated', 'has_lead'];

/** The secretariat's checklist, then publish, or return to the country with comments (required to return). */
export function ReviewForm(props: {
  slug: string;
  commitment: CommitmentDetail;
  countryName: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { commitment } = props;
  const review = useReview(props.slug);
  const [checks, setChecks] = useState<string[]>(() => commitment.review?.checks ?? []);
  const [comments, setComments] = useState('');
  const errors = useFormErrors(review.error);
  const labels = {
    comments: t('commitmentsHost.review.comments'),
    checks: t('commitmentsHost.review.checklist'),
  };
  const decide = async (decision: 'publish' | 'return') => {
    if (review.isPending) return;
    const text = comments.trim();
    const own = [
      decision === 'return' && !text ? { field: 'comments', message: 'commitmentsHost.review.commentsRequired' } : null,
    ];
    if (!errors.check(own)) {
      document.getElementById('review-comments')?.focus();
      return;
    }
    const input = { decision, checks: CHECKS.filter((c) => checks.includes(c)), comments: text || null };
    try {
      await review.mutateAsync({ commitmentId: commitment.id, input });
    } catch {
      return;
    }
    const title = plain(commitment.title);
    props.onDone(
      decision === 'publish'
        ? t('commitmentsHost.review.published', { title })
        : t('commitmentsHost.review.returned', { title, country: props.countryName }),
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void decide('publish');
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="review-form-title" className="review-form">
      <h5 id="review-form-title">{t('commitmentsHost.review.formTitle')}</h5>
      <ProblemAlert error={errors.shown} labels={labels} />
      <ChoiceGroup
        id="review-checks"
        type="checkbox"
        legend={labels.checks}
        hint={t('commitmentsHost.review.checklistHint')}
        choices={CHECKS.map((check) => ({
          value: check,
          label: t(`commitmentsHost.review.checks.${check}`),
          note: t(`commitmentsHost.review.checkNotes.${check}`),
        }))}
        value={checks}
        onChange={setChecks}
        {...errors.errorFor('checks')}
      />
      <TextAreaField
        id="review-comments"
        label={labels.comments}
        hint={t('commitmentsHost.review.commentsHint')}
        value={comments}
        onChange={(e) => setComments(e.target.value)}
        {...errors.errorFor('comments')}
      />
      <div className="form-actions">
        <button type="submit" aria-disabled={review.isPending || undefined}>
          {t('commitmentsHost.review.publish')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-disabled={review.isPending || undefined}
          onClick={() => void decide('return')}
        >
          {t('commitmentsHost.review.return')}
        </button>
      </div>
    </form>
  );
}
