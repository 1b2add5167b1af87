import { useTranslation } from 'react-i18next';
import type { RegistrationFormView, RegistrationView } from '../../../shared/registration.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { countryName } from '../../ui/countries.js';
import { InstantTimes } from '../../ui/InstantTimes.js';
import { Localized } from '../../ui/text.js';
import { answerRows } from './answers.js';

/** What the registrant gave, as the organizers have it. Names are text: React escapes them. */
export function RegistrationDetails({
  registration,
  form,
  timeZone,
}: {
  registration: RegistrationView;
  form: RegistrationFormView;
  /** The event's zone: the date of registration is shown in it, in the reader's and in UTC. */
  timeZone: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const locale = INTL_LOCALES[language];
  const words = {
    yes: t('registration.mine.yes'),
    no: t('registration.mine.no'),
    none: t('registration.mine.noAnswer'),
  };
  const category = form.categories.find((c) => c.key === registration.category);
  const panels = form.panels.filter((panel) => registration.panels.includes(panel.id));
  const rows: [string, React.ReactNode][] = [
    [t('registration.fields.name'), registration.name],
    [t('registration.fields.email'), registration.email],
    [t('registration.fields.country'), countryName(registration.country, locale)],
    [t('registration.fields.organization'), registration.organization],
    [t('registration.fields.position'), registration.position || '–'],
    [t('registration.fields.sector'), t(`registration.sectors.${registration.sector}`)],
    [t('registration.fields.attendance'), t(`registration.attendances.${registration.attendance}`)],
    [
      t('registration.fields.category'),
      category ? <Localized key="category" text={category.name} /> : registration.category,
    ],
    [
      t('registration.fields.panels'),
      panels.length ? panels.map((panel) => pickText(panel.name, language)).join(', ') : '–',
    ],
    ...answerRows(form.questions, registration.answers, words, language),
    [t('registration.mine.consent'), registration.consentVersion],
    [
      t('registration.mine.registeredOn'),
      <InstantTimes key="at" at={registration.createdAt} eventTimeZone={timeZone} />,
    ],
  ];
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">{t('registration.mine.detailsTitle')}</h2>
      <dl className="details">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
