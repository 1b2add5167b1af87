import { useTranslation } from 'react-i18next';
import type { Attendance, RegistrationStatus } from '../../../shared/constants.js';

/** The status in plain words: what it means for the person and what happens next. */
export function useStatusWords() {
  const { t } = useTranslation();
  return (status: RegistrationStatus, attendance: Attendance) => ({
    name: t(`registration.status.${status}`),
    meaning:
      status === 'confirmed'
        ? t(`registration.statusMeaning.confirmed_${attendance}`)
        : t(`registration.statusMeaning.${status}`),
  });
}

export function StatusText(props: {
  status: RegistrationStatus;
  attendance: Attendance;
  waitlistPosition?: number | null;
  /** The secretariat's words with a decision, as they wrote them. */
  reason?: string | null;
}) {
  const { t } = useTranslation();
  const words = useStatusWords()(props.status, props.attendance);
  return (
    <>
      <p>
        <span className="label">{t('registration.statusLabel')}: </span>
        <strong className={`status status-${props.status}`}>{words.name}</strong>
      </p>
      <p>{words.meaning}</p>
      {props.status === 'waitlisted' && props.waitlistPosition ? (
        <p>{t('registration.waitlistPosition', { position: props.waitlistPosition })}</p>
      ) : null}
      {props.reason ? (
        <p>
          <span className="label">{t('registration.reason')}: </span>
          {props.reason}
        </p>
      ) : null}
    </>
  );
}
