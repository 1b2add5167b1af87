import { useTranslation } from 'react-i18next';
import { useAuditSentence } from '../../../ui/auditSentence.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { useHistory } from './listApi.js';

/** The record's history, newest first. */
export function RegistrationHistory(props: { slug: string; id: string; timeZone: string }) {
  const { t } = useTranslation();
  const history = useHistory(props.slug, props.id);
  const sentence = useAuditSentence();
  return (
    <section aria-labelledby="history-title" className="registration-history">
      <h4 id="history-title">{t('registrationList.history.title')}</h4>
      {history.isPending && <Loading />}
      {history.isError && <LoadError error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && history.data.entries.length === 0 && <p>{t('registrationList.history.none')}</p>}
      {history.data && history.data.entries.length > 0 && (
        <ol className="history-list">
          {history.data.entries.map((entry) => (
            <li key={entry.id}>
              <span>{sentence({ ...entry, count: 1 })}</span>
              <span className="muted">
                <InstantTimes at={entry.createdAt} eventTimeZone={props.timeZone} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
