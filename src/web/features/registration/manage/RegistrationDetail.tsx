import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { countryName, delegationName } from '../../../ui/countries.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { formatInstant, viewerTimeZone } from '../../../ui/time.js';
import { answerText } from '../answers.js';
import { attendedAs } from './attended.js';
import { useRegistration } from './listApi.js';

/** One registration in full, under the list; closing it goes back to the list as it was. */
export function RegistrationDetail(props: {
  slug: string;
  id: string;
  timeZone: string;
  closeHref: string;
  categoryName: (key: string) => string;
}) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const registration = useRegistration(props.slug, props.id);
  if (registration.isPending) return <Loading />;
  if (registration.isError) return <LoadError error={registration.error} onRetry={() => void registration.refetch()} />;
  const r = registration.data;
  const time = (at: string) =>
    [props.timeZone, viewerTimeZone(), 'UTC'].map((zone) => formatInstant(at, zone, locale)).join(' · ');
  const rows: [string, string][] = [
    [t('registrationList.columns.email'), r.email],
    [t('registrationList.columns.organization'), r.organization],
    [t('registrationList.columns.position'), r.position ?? ''],
    [t('registrationList.columns.country'), countryName(r.country, locale)],
    [t('registrationList.columns.sector'), t(`registration.sectors.${r.sector}`)],
    [t('registrationList.columns.category'), props.categoryName(r.category)],
    [t('registrationList.columns.attendance'), t(`registrationList.attendances.${r.attendance}`)],
    [t('registrationList.columns.status'), t(`registrationList.statuses.${r.status}`)],
    [
      t('delegations.endorsedBy'),
      r.endorsedBy
        ? `${delegationName(r.endorsedBy, currentLanguage(), locale)} (${t(`delegations.roles.${r.endorsedBy.role}`)})`
        : '',
    ],
    [t('registrationList.reason'), r.decisionReason ?? ''],
    [t('registrationList.columns.created'), time(r.createdAt)],
    [t('registrationList.checkedIn'), r.checkedInAt ? time(r.checkedInAt) : ''],
    [t('registrationList.followedOnline'), r.followedOnlineAt ? time(r.followedOnlineAt) : ''],
    [t('registrationList.columns.attended'), attendedAs(r) ? t(`registrationList.attendedKinds.${attendedAs(r)}`) : ''],
    [t('registrationList.consent'), r.consentVersion],
    ...Object.entries(r.answers).map(([key, value]): [string, string] => [
      key,
      answerText(value, { yes: t('registrationList.yes'), no: t('registrationList.no'), none: '' }),
    ]),
  ];
  return (
    <section aria-labelledby="detail-title" className="card registration-detail">
      <h3 id="detail-title">{r.isErased ? t('registrationList.erased') : r.name}</h3>
      <dl className="details">
        {rows
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <p>
        <Link to={props.closeHref}>{t('registrationList.closeDetail')}</Link>
      </p>
    </section>
  );
}
