import { useTranslation } from 'react-i18next';
import type { RegistrationFormView } from '../../../shared/registration.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';

const PLAIN: Record<string, string> = {
  name: 'registration.fields.name',
  email: 'registration.fields.email',
  country: 'registration.fields.country',
  organization: 'registration.fields.organization',
  position: 'registration.fields.position',
  sector: 'registration.fields.sector',
  attendance: 'registration.fields.attendance',
  category: 'registration.fields.category',
  panels: 'registration.fields.panels',
  consent: 'registration.fields.consentShort',
  website: 'registration.honeypot',
  language: 'registration.mine.language',
};

/** Names the fields the errors point at ("answers.dietary") as the form labels them. */
export function useRegistrationLabels(form: Pick<RegistrationFormView, 'questions'>) {
  const { t } = useTranslation();
  return {
    get(field: string): string | undefined {
      const plain = PLAIN[field];
      if (plain) return t(plain);
      const question = form.questions.find((q) => `answers.${q.key}` === field);
      return question ? pickText(question.label, currentLanguage()) : undefined;
    },
  };
}
