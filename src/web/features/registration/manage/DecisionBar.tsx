import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { useDecide } from './listApi.js';

/**
 * Approve or decline registrations at once; a decline may carry a reason, which the mail to
 * each person quotes. The list's bulk bar (sticky while the selection lasts) and the detail
 * panel (one registration) both use it.
 */
export function DecisionBar(props: {
  slug: string;
  selected: string[];
  /** With the words of what was done, for the caller's status line (the bar may go when the selection does). */
  onDone: (message: string) => void;
  /** Keeps the ids of two bars on one page apart. */
  idPrefix: string;
  title: string;
  className?: string;
  onClear?: () => void;
  /** Whether approving is offered: only a pending registration can be approved. */
  canApprove?: boolean;
}) {
  const { canApprove = true } = props;
  const { t } = useTranslation();
  const decide = useDecide(props.slug);
  const [reason, setReason] = useState('');
  const count = props.selected.length;
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const send = (decision: 'approve' | 'decline') => (event?: FormEvent) => {
    event?.preventDefault();
    if (decide.isPending || count === 0) return;
    const trimmed = reason.trim();
    decide.mutate(
      { ids: props.selected, decision, ...(trimmed ? { reason: trimmed } : {}) },
      {
        onSuccess: (result) => {
          setReason('');
          props.onDone(t(`registrationList.decided.${decision}`, { count: result.changed.length }));
        },
      },
    );
  };
  return (
    <section aria-labelledby={id('title')} className={props.className ?? 'decision-bar'}>
      <h3 id={id('title')} className="decision-title">
        {props.title}
      </h3>
      <ProblemAlert error={decide.error} />
      <form onSubmit={send('decline')} className="decision-form">
        <div className="decision-reason">
          <label htmlFor={id('reason')}>{t('registrationList.reason')}</label>
          <input
            id={id('reason')}
            type="text"
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby={id('reason-hint')}
          />
          <span id={id('reason-hint')} className="visually-hidden">
            {t('registrationList.reasonHint')}
          </span>
        </div>
        {canApprove && (
          <button type="button" onClick={() => send('approve')()} aria-disabled={count === 0 || undefined}>
            {t('registrationList.approve')}
          </button>
        )}
        <button type="submit" className="secondary" aria-disabled={count === 0 || undefined}>
          {t('registrationList.decline')}
        </button>
        {props.onClear && (
          <button type="button" className="secondary" onClick={props.onClear}>
            {t('registrationList.clearSelection')}
          </button>
        )}
      </form>
    </section>
  );
}
