import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Question } from '../../../../shared/registration.js';
import type { RegistrationListItem } from '../../../../shared/registrationList.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { countryName, delegationName } from '../../../ui/countries.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { answerRows } from '../answers.js';
import { attendedAs } from './attended.js';
import { DetailActions } from './DetailActions.js';
import { useRegistration } from './listApi.js';
import { RegistrationHistory } from './RegistrationHistory.js';
import { StaffNote } from './StaffNote.js';

type Row = [string, React.ReactNode];

function detailRows(
  r: RegistrationListItem,
  props: { timeZone: string; categoryName: (key: string) => string; questions: readonly Question[] },
  t: (key: string) => string,
): Row[] {
  const language = currentLanguage();
  const locale = INTL_LOCALES[language];
  const time = (at: string | null) => (at ? <InstantTimes at={at} eventTimeZone={props.timeZone} /> : '');
  const attended = attendedAs(r);
  return [
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
        ? `${delegationName(r.endorsedBy, language, locale)} (${t(`delegations.roles.${r.endorsedBy.role}`)})`
        : '',
    ],
    [t('registrationList.reason'), r.decisionReason ?? ''],
    [t('registrationList.columns.created'), time(r.createdAt)],
    [t('registrationList.checkedIn'), time(r.checkedInAt)],
    [t('registrationList.followedOnline'), time(r.followedOnlineAt)],
    [t('registrationList.columns.attended'), attended ? t(`registrationList.attendedKinds.${attended}`) : ''],
    [t('registrationList.consent'), r.consentVersion],
    // The same formatter as the registrant's own page: the questions by their labels.
    ...answerRows(
      props.questions,
      r.answers,
      { yes: t('registrationList.yes'), no: t('registrationList.no'), none: '' },
      language,
    ),
  ];
}

/**
 * One registration in a panel beside the list, with what staff do to it. The panel takes the
 * focus when it opens; Escape or the close link goes back to the list as it was, the focus to the row.
 */
export function RegistrationDetail(props: {
  slug: string;
  id: string;
  timeZone: string;
  closeHref: string;
  categoryName: (key: string) => string;
  questions: readonly Question[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const registration = useRegistration(props.slug, props.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const isLoaded = registration.isSuccess;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the focus moves when another registration opens.
  useEffect(() => {
    if (isLoaded) heading.current?.focus();
  }, [isLoaded, props.id]);
  const close = () => {
    const id = props.id;
    navigate(props.closeHref);
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-registration="${CSS.escape(id)}"]`)?.focus(),
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  const r = registration.data;
  return (
    <aside aria-labelledby="detail-title" className="registration-detail" onKeyDown={onKeyDown}>
      {registration.isPending && <Loading />}
      {registration.isError && <LoadError error={registration.error} onRetry={() => void registration.refetch()} />}
      {r && (
        <>
          <div className="detail-head">
            <h3 id="detail-title" ref={heading} tabIndex={-1}>
              {r.isErased ? t('registrationList.erased') : r.name}
            </h3>
            <Link
              to={props.closeHref}
              onClick={(e) => {
                e.preventDefault();
                close();
              }}
            >
              {t('registrationList.closeDetail')}
            </Link>
          </div>
          {!r.isErased && <DetailActions slug={props.slug} registration={r} />}
          <dl className="details">
            {detailRows(r, props, t)
              .filter(([, value]) => value !== '')
              .map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
          {!r.isErased && <StaffNote key={r.id} slug={props.slug} id={r.id} note={r.staffNote} />}
          <RegistrationHistory slug={props.slug} id={r.id} timeZone={props.timeZone} />
        </>
      )}
    </aside>
  );
}
