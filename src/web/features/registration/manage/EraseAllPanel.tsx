import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTRATION_POLICY } from '../../../../shared/policies.js';
import { may, useSession } from '../../../lib/session.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { useEraseAll } from './listApi.js';

/**
 * The organizers' last step after an event: every registrant's personal data erased at
 * once, the anonymous counts kept. The event's address, typed again, confirms it.
 */
export function EraseAllPanel({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const account = useSession().data?.account ?? null;
  const [confirm, setConfirm] = useState('');
  const erase = useEraseAll(slug);
  if (!may(account, REGISTRATION_POLICY.eraseAll, { slug })) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (confirm === slug && !erase.isPending) erase.mutate(confirm);
  };
  return (
    <section aria-labelledby="erase-all-title" className="card">
      <h3 id="erase-all-title">{t('registrationList.eraseAll.title')}</h3>
      <p>{t('registrationList.eraseAll.intro')}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="erase-all-confirm">{t('registrationList.eraseAll.confirm', { slug })}</label>
          <input
            id="erase-all-confirm"
            value={confirm}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setConfirm(e.target.value)}
          />
        </div>
        <button type="submit" aria-disabled={confirm !== slug || erase.isPending || undefined}>
          {t('registrationList.eraseAll.submit')}
        </button>
      </form>
      <StatusMessage>
        {erase.data ? t('registrationList.eraseAll.done', { count: erase.data.count }) : null}
      </StatusMessage>
      {erase.error ? <ProblemAlert error={erase.error} /> : null}
    </section>
  );
}
