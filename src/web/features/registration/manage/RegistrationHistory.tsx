import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/registrationList.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { useHistory } from './listApi.js';

/** The actions the history words; any other shows as the log names it. */
const WORDED = new Set([
  'created',
  'approved',
  'declined',
  'promoted',
  'updated',
  'cancelled',
  'erased',
  'checked_in',
  'link_used',
  'link_resent',
  'edited',
  'note_saved',
  'note_cleared',
]);

/** An entry in words, in the reader's language: "Ayu Lestari approved the registration". */
export function useHistoryWords() {
  const { t } = useTranslation();
  return (entry: HistoryEntry) => {
    const who = entry.actorName ?? t('registrationList.history.system');
    const action = entry.action.replace(/^registration\./, '');
    if (!WORDED.has(action)) return `${who}: ${entry.action}`;
    const fields = Array.isArray(entry.summary.fields)
      ? entry.summary.fields
          .map((f) => t(`registrationList.columns.${String(f)}`, { defaultValue: String(f) }))
          .join(', ')
      : '';
    const status =
      typeof entry.summary.status === 'string' ? t(`registrationList.statuses.${entry.summary.status}`) : '';
    const key = action === 'checked_in' && entry.summary.isByHand ? 'checked_in_by_hand' : action;
    return t(`registrationList.history.actions.${key}`, { who, fields, status });
  };
}

/** The record's history, newest first. */
export function RegistrationHistory(props: { slug: string; id: string; timeZone: string }) {
  const { t } = useTranslation();
  const history = useHistory(props.slug, props.id);
  const words = useHistoryWords();
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
              <span>{words(entry)}</span>
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
