import { useTranslation } from 'react-i18next';
import type { CheckInResult } from '../../../shared/checkin.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { isApiError } from '../../lib/api.js';
import { countryName } from '../../ui/countries.js';
import { ProblemAlert } from '../../ui/ProblemAlert.js';
import { Localized } from '../../ui/text.js';
import { formatInstant, viewerTimeZone } from '../../ui/time.js';

/** The first arrival in the event's time, the reader's and UTC. */
function FirstArrival({ at, timeZone }: { at: string; timeZone: string }) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const zones = [
    { key: 'event', zone: timeZone },
    { key: 'viewer', zone: viewerTimeZone() },
    { key: 'utc', zone: 'UTC' },
  ];
  return (
    <dl className="checkin-times">
      {zones.map(({ key, zone }) => (
        <div key={key}>
          <dt>{t(`event.time.${key}`)}</dt>
          <dd>
            <time dateTime={at}>{formatInstant(at, zone, locale)}</time>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Who was checked in, as text (names are never HTML), with a warning when they came before. */
export function CheckedInPerson({ result, timeZone }: { result: CheckInResult; timeZone: string }) {
  const { t } = useTranslation();
  const { person } = result;
  const locale = INTL_LOCALES[currentLanguage()];
  return (
    <div
      className={result.isRepeat ? 'checkin-outcome alert alert-warning' : 'checkin-outcome alert alert-success'}
      role={result.isRepeat ? 'alert' : 'status'}
    >
      <p className="checkin-verdict">{result.isRepeat ? t('checkIn.repeat') : t('checkIn.done')}</p>
      <p className="checkin-name">{person.name}</p>
      <p>
        {person.organization} · {countryName(person.country, locale)}
      </p>
      <p className="checkin-category">
        <Localized text={person.categoryName} />
      </p>
      {result.isRepeat && (
        <>
          <p>{t('checkIn.firstArrival')}</p>
          <FirstArrival at={result.firstCheckedInAt} timeZone={timeZone} />
        </>
      )}
    </div>
  );
}

const OWN_MESSAGES: Record<string, string> = {
  'check_in.malformed_code': 'checkIn.problem.malformed',
  'check_in.unknown_code': 'checkIn.problem.unknown',
  'check_in.not_in_person': 'checkIn.problem.notInPerson',
  'check_in.not_confirmed': 'checkIn.problem.notConfirmed',
};

/** Why a code was refused, in the reader's language; other failures as every form shows them. */
export function RefusedCode({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const key = isApiError(error) ? OWN_MESSAGES[error.code] : undefined;
  if (!key || !isApiError(error)) return <ProblemAlert error={error} />;
  const status = error.fieldError('status');
  return (
    <div role="alert" className="checkin-outcome alert alert-error">
      <p className="checkin-verdict">{t('checkIn.refused')}</p>
      <p>{t(key, { status: status ? t(`checkIn.status.${status}`) : '' })}</p>
    </div>
  );
}
