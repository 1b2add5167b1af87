import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../shared/events.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { CheckboxField } from '../../../ui/Choices.js';
import { DeadlineWarning } from '../../../ui/DeadlineWarning.js';
import { TextField } from '../../../ui/Field.js';
import { fieldId, LocalizedFields } from '../../../ui/FormParts.js';
import type { ErrorFor } from '../../../ui/formErrors.js';
import { fromZonedInput, zoneAbbreviation } from '../../../ui/time.js';
import type { RegistrationFormValues } from './registrationFormValues.js';

type Set = <K extends keyof RegistrationFormValues>(key: K, value: RegistrationFormValues[K]) => void;

/** Whether the form is open, when, and how many places there are at the venue. */
export function GeneralFields(props: {
  event: EventView;
  values: RegistrationFormValues;
  set: Set;
  errorFor: ErrorFor;
}) {
  const { event, values, set, errorFor } = props;
  const { t } = useTranslation();
  const plenary = event.rooms[0]?.capacity ?? 0;
  const zone = `${event.timeZone}, ${zoneAbbreviation(event.timeZone, new Date(), INTL_LOCALES[currentLanguage()])}`;
  return (
    <fieldset>
      <legend>{t('registration.editor.general')}</legend>
      <CheckboxField
        id={fieldId('isOpen')}
        label={t('registration.editor.isOpen')}
        hint={t('registration.editor.isOpenHint')}
        checked={values.isOpen}
        onChange={(isOpen) => set('isOpen', isOpen)}
      />
      {(['opensAt', 'closesAt'] as const).map((key) => (
        <div key={key}>
          <TextField
            id={fieldId(key)}
            type="datetime-local"
            label={t(`registration.editor.${key}`)}
            hint={`${t('registration.editor.windowHint')} ${t('settings.inEventTime', { zone })}`}
            value={values[key]}
            onChange={(e) => set(key, e.target.value)}
            {...errorFor(key)}
          />
          {key === 'closesAt' && (
            <DeadlineWarning at={fromZonedInput(values.closesAt, event.timeZone)} endsAt={event.endsAt} />
          )}
        </div>
      ))}
      <TextField
        id={fieldId('inPersonCapacity')}
        label={t('registration.editor.capacity')}
        hint={t('registration.editor.capacityHint', { count: plenary })}
        inputMode="numeric"
        value={values.capacity}
        onChange={(e) => set('capacity', e.target.value)}
        {...errorFor('inPersonCapacity')}
      />
    </fieldset>
  );
}

export function PrivacyFields(props: { values: RegistrationFormValues; set: Set; errorFor: ErrorFor }) {
  const { values, set, errorFor } = props;
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('registration.editor.privacy')}</legend>
      <LocalizedFields
        path="privacyNotice"
        label={t('registration.editor.privacyNotice')}
        value={values.privacyNotice}
        onChange={(v) => set('privacyNotice', v)}
        errorFor={errorFor}
        isMultiline
      />
      <TextField
        id={fieldId('privacyVersion')}
        label={t('registration.editor.privacyVersion')}
        hint={t('registration.editor.privacyVersionHint')}
        value={values.privacyVersion}
        onChange={(e) => set('privacyVersion', e.target.value)}
        aria-required
        {...errorFor('privacyVersion')}
      />
    </fieldset>
  );
}
