import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import { REVIEW_CHECKS } from './enums.js';
import { type Level, SubHeading } from './sectionParts.js';

/**
 * The secretariat's review of a returned commitment: its comments, and its checklist with each
 * check said met or not in words (the mark only repeats it).
 */
export function ReviewNotice({ review, level }: { review: CommitmentDetail['review']; level: Level }) {
  const { t } = useTranslation();
  const id = useId();
  const met = new Set(review?.checks ?? []);
  return (
    <section className="review-notice" aria-labelledby={id}>
      <SubHeading level={level} id={id}>
        {t('commitmentsOwn.review.title')}
      </SubHeading>
      <p>{t('commitmentsOwn.review.explain')}</p>
      <p className="label">{t('commitmentsOwn.review.comments')}</p>
      <blockquote className="review-comments">
        {review?.comments ? (
          // In the words, and the language, the secretariat wrote them.
          <p>{review.comments}</p>
        ) : (
          <p>{t('commitmentsOwn.review.noComments')}</p>
        )}
      </blockquote>
      <p className="label">{t('commitmentsOwn.review.checklist')}</p>
      <ul className="review-checks">
        {REVIEW_CHECKS.map((check) => (
          <li key={check} className={met.has(check) ? 'check-met' : 'check-unmet'}>
            <span aria-hidden="true" className="check-mark">
              {met.has(check) ? '✓' : '✗'}
            </span>{' '}
            <strong>{t(`commitmentsOwn.review.checks.${check}`)}</strong>
            {': '}
            {met.has(check) ? t('commitmentsOwn.review.met') : t('commitmentsOwn.review.unmet')}
          </li>
        ))}
      </ul>
    </section>
  );
}
