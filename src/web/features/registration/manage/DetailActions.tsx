import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationListItem } from '../../../../shared/registrationList.js';
import { ConfirmInline } from '../../../ui/ConfirmInline.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { DecisionBar } from './DecisionBar.js';
import { useCheckInByHand, useResendLink } from './listApi.js';
import { StaffEditForm } from './StaffEditForm.js';

const DECIDABLE = new Set(['pending', 'confirmed', 'waitlisted']);

/** What staff do to one registration: decide, correct, send a new personal link, check in by hand. */
export function DetailActions({ slug, registration: r }: { slug: string; registration: RegistrationListItem }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [isEditing, setEditing] = useState(false);
  const resend = useResendLink(slug, r.id);
  const checkIn = useCheckInByHand(slug, r.id);
  const canCheckIn = r.attendance === 'in_person' && r.status === 'confirmed' && !r.checkedInAt;
  return (
    <section aria-labelledby="detail-actions-title" className="detail-actions">
      <h4 id="detail-actions-title" className="visually-hidden">
        {t('registrationList.actionsTitle')}
      </h4>
      <StatusMessage>{message}</StatusMessage>
      {DECIDABLE.has(r.status) && (
        <DecisionBar
          slug={slug}
          selected={[r.id]}
          idPrefix="detail-decision"
          title={t('registrationList.decideOne')}
          className="detail-decision"
          canApprove={r.status === 'pending'}
          onDone={setMessage}
        />
      )}
      <div className="form-actions">
        <button type="button" className="secondary" aria-expanded={isEditing} onClick={() => setEditing(!isEditing)}>
          {t('registrationList.edit')}
        </button>
        <ConfirmInline
          id="resend-link"
          start={t('registrationList.resendLink')}
          question={t('registrationList.resendQuestion', { email: r.email })}
          confirm={t('registrationList.resendConfirm')}
          keep={t('registrationList.keep')}
          isBusy={resend.isPending}
          error={resend.error}
          isPlain
          onConfirm={() =>
            resend
              .mutateAsync(undefined)
              .then((result) => setMessage(t('registrationList.linkResent', { email: result.mailedTo })))
          }
        />
        {canCheckIn && (
          <button
            type="button"
            className="secondary"
            aria-disabled={checkIn.isPending || undefined}
            onClick={() =>
              !checkIn.isPending &&
              checkIn.mutate(undefined, { onSuccess: () => setMessage(t('registrationList.checkedInByHand')) })
            }
          >
            {t('registrationList.checkInByHand')}
          </button>
        )}
      </div>
      <ProblemAlert error={checkIn.error} />
      {isEditing && (
        <StaffEditForm
          slug={slug}
          registration={r}
          onDone={() => {
            setEditing(false);
            setMessage(t('registrationList.edited'));
          }}
        />
      )}
    </section>
  );
}
