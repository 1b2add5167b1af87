import { useTranslation } from 'react-i18next';

/**
 * A warning, not an error: a deadline after the event's end is allowed (a late list, a report)
 * but is most often a slip of the year or the month.
 */
export function DeadlineWarning({ at, endsAt }: { at: string | null; endsAt: string }) {
  const { t } = useTranslation();
  if (!at || Date.parse(at) <= Date.parse(endsAt)) return null;
  return <p className="field-warning">{t('settings.deadlineAfterEnd')}</p>;
}
