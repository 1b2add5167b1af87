import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmInline } from '../../../ui/ConfirmInline.js';
import { TextAreaField } from '../../../ui/Field.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { useAnswerAdoption } from './mutations.js';

/**
 * Under the silence procedure there is nothing to do to agree; a delegation that cannot agree
 * breaks the silence, with its reason, and so returns the text to negotiation for everyone.
 */
export function BreakSilence(props: { slug: string; delegationId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const answer = useAnswerAdoption(props.slug, props.delegationId);
  const errors = useFormErrors(answer.error);
  const [reason, setReason] = useState('');
  const labels = { text: t('outcomeDelegation.silence.reason') };
  const isReasoned = () =>
    errors.check([reason.trim() ? null : { field: 'text', message: 'outcomeDelegation.silence.reasonRequired' }]);
  return (
    <div className="card break-silence">
      <h3>{t('outcomeDelegation.silence.title')}</h3>
      <p>{t('outcomeDelegation.silence.explain')}</p>
      <ProblemAlert error={errors.shown} labels={labels} isFocused fieldIdOf={() => 'silence-reason'} />
      <TextAreaField
        id="silence-reason"
        label={labels.text}
        hint={t('outcomeDelegation.silence.reasonHint')}
        rows={4}
        aria-required
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        {...errors.errorFor('text')}
      />
      <ConfirmInline
        id="break-silence"
        start={t('outcomeDelegation.silence.break')}
        question={t('outcomeDelegation.silence.question')}
        confirm={t('outcomeDelegation.silence.confirm')}
        keep={t('outcomeDelegation.silence.keep')}
        isBusy={answer.isPending}
        error={null}
        canStart={isReasoned}
        onConfirm={() =>
          answer.mutate(
            { choice: 'break_silence', text: reason.trim(), paragraphIds: [] },
            { onSuccess: () => props.onDone(t('outcomeDelegation.silence.broken')) },
          )
        }
      >
        <p>{t('outcomeDelegation.silence.consequence')}</p>
      </ConfirmInline>
    </div>
  );
}
