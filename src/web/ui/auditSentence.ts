import { useTranslation } from 'react-i18next';

/** What a sentence of the audit log needs: the action, who did it, and to how many records. */
export interface AuditAct {
  action: string;
  actorName: string | null;
  count: number;
}

/**
 * An act as a sentence in the reader's language ("Ayu Lestari approved 2 registrations"):
 * the audit log's and a record's history's one wording.
 */
export function useAuditSentence() {
  const { t, i18n } = useTranslation();
  return (act: AuditAct) => {
    const key = `audit.actions.${act.action}`;
    const sentence = t(key, { actor: act.actorName ?? t('audit.system'), count: act.count });
    // An action whose words count nothing, done to many records at once: the count beside it.
    const isCounted = i18n.exists(`${key}_other`);
    return act.count > 1 && !isCounted ? `${sentence} (${t('audit.records', { count: act.count })})` : sentence;
  };
}
