import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { useDecide } from './listApi.js';

/**
 * Approve or decline the selected registrations at once; a decline may carry a
 * reason, which the mail to each person quotes.
 */
export function DecisionBar(props: { slug: string; selected: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const decide = useDecide(props.slug);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const count = props.selected.length;
  const send = (decision: 'approve' | 'decline') => (event?: FormEvent) => {
    event?.preventDefault();
    if (decide.isPending || count === 0) return;
    setStatus(null);
    const trimmed = reason.trim();
    decide.mutate(
      { ids: props.selected, decision, ...(trimmed ? { reason: trimmed } : {}) },
      {
        onSuccess: (result) => {
          setStatus(t(`registrationList.decided.${decision}`, { count: result.changed.length }));
          setReason('');
          props.onDone();
        },
      },
    );
  };
  return (
    <section aria-labelledby="decide-title" className="card decision-bar">
      <h3 id="decide-title">{t('registrationList.decideTitle')}</h3>
      <p>{t('registrationList.selectedCount', { count })}</p>
      <StatusMessage>{status}</StatusMessage>
      <ProblemAlert error={decide.error} />
      <form onSubmit={send('decline')}>
        <div className="field">
          <label htmlFor="decision-reason">{t('registrationList.reason')}</label>
          <p id="decision-reason-hint" className="hint">
            {t('registrationList.reasonHint')}
          </p>
          <textarea
            id="decision-reason"
            rows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby="decision-reason-hint"
          />
        </div>
        <div className="form-actions">
          <button type="button" onClick={() => send('approve')()} aria-disabled={count === 0 || undefined}>
            {t('registrationList.approve')}
          </button>
          <button type="submit" className="secondary" aria-disabled={count === 0 || undefined}>
            {t('registrationList.decline')}
          </button>
        </div>
      </form>
    </section>
  );
}
