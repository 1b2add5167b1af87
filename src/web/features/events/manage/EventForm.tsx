import { type FormEvent, type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { EVENT_MODES } from '../../../lib/contract.js';
import { COUNTRY_CODES, countriesByName } from '../../../ui/countries.js';
import { SelectField, SubmitButton, TextField } from '../../../ui/Field.js';
import { fieldId, LocalizedFields } from '../../../ui/FormParts.js';
import type { ErrorFor } from '../../../ui/formErrors.js';
import { CountryPicker, TitledListEditor } from '../../../ui/ListEditors.js';
import { timeZones, zoneAbbreviation } from '../../../ui/time.js';
import type { EventFormValues, EventMode } from './eventForm.js';
import { RoomsEditor } from './RoomsEditor.js';

/** What every part of the settings takes: the values, a setter and the errors to show. */
export interface PartProps {
  values: EventFormValues;
  set: <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) => void;
  errorFor: ErrorFor;
}

/** The parts of the settings, in order; each is saved on its own on the settings page. */
export const EVENT_PARTS = ['about', 'when', 'where', 'invited', 'lists', 'rooms'] as const;
export type EventPart = (typeof EVENT_PARTS)[number];

/** The fields of the API each part edits, to send only those. */
export const PART_FIELDS: Record<EventPart, string[]> = {
  about: ['slug', 'name', 'theme', 'description'],
  when: ['timeZone', 'startsAt', 'endsAt'],
  where: ['venue', 'mode'],
  invited: ['invitedCountries'],
  lists: ['statementThemes', 'focusAreas'],
  rooms: ['rooms'],
};

function useCountries() {
  const locale = INTL_LOCALES[currentLanguage()];
  return useMemo(() => countriesByName(COUNTRY_CODES, locale), [locale]);
}

export function EventPartFields({ part, isNew, ...props }: PartProps & { part: EventPart; isNew?: boolean }) {
  const { values, set, errorFor } = props;
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const countries = useCountries();
  const zones = useMemo(() => {
    const all = timeZones();
    return all.includes(values.timeZone) ? all : [values.timeZone, ...all];
  }, [values.timeZone]);
  const zoneName = zoneAbbreviation(values.timeZone, new Date(), locale);
  switch (part) {
    case 'about':
      return (
        <fieldset>
          <legend>{t('settings.about')}</legend>
          {isNew && (
            <TextField
              id={fieldId('slug')}
              label={t('settings.slug')}
              hint={t('settings.slugHint')}
              value={values.slug}
              onChange={(e) => set('slug', e.target.value)}
              {...errorFor('slug')}
              aria-required
            />
          )}
          <LocalizedFields
            path="name"
            label={t('settings.name')}
            value={values.name}
            onChange={(v) => set('name', v)}
            errorFor={errorFor}
          />
          <LocalizedFields
            path="theme"
            label={t('settings.theme')}
            value={values.theme}
            onChange={(v) => set('theme', v)}
            errorFor={errorFor}
          />
          <LocalizedFields
            path="description"
            label={t('settings.description')}
            value={values.description}
            onChange={(v) => set('description', v)}
            errorFor={errorFor}
            isMultiline
            isEnglishRequired={false}
          />
        </fieldset>
      );
    case 'when':
      return (
        <fieldset>
          <legend>{t('settings.when')}</legend>
          <SelectField
            id={fieldId('timeZone')}
            label={t('settings.timeZone')}
            value={values.timeZone}
            onChange={(e) => set('timeZone', e.target.value)}
            {...errorFor('timeZone')}
            options={zones.map((zone) => ({ value: zone, label: zone }))}
          />
          {(['startsAt', 'endsAt'] as const).map((key) => (
            <TextField
              key={key}
              id={fieldId(key)}
              type="datetime-local"
              label={t(`settings.${key}`)}
              hint={t('settings.inEventTime', { zone: `${values.timeZone}, ${zoneName}` })}
              value={values[key]}
              onChange={(e) => set(key, e.target.value)}
              {...errorFor(key)}
              aria-required
            />
          ))}
        </fieldset>
      );
    case 'where':
      return (
        <fieldset>
          <legend>{t('settings.where')}</legend>
          <TextField
            id={fieldId('venue.name')}
            label={t('settings.venueName')}
            value={values.venue.name}
            onChange={(e) => set('venue', { ...values.venue, name: e.target.value })}
            {...errorFor('venue.name')}
            aria-required
          />
          <TextField
            id={fieldId('venue.city')}
            label={t('settings.venueCity')}
            value={values.venue.city}
            onChange={(e) => set('venue', { ...values.venue, city: e.target.value })}
            {...errorFor('venue.city')}
          />
          <SelectField
            id={fieldId('venue.country')}
            label={t('settings.venueCountry')}
            value={values.venue.country}
            onChange={(e) => set('venue', { ...values.venue, country: e.target.value })}
            {...errorFor('venue.country')}
            options={countries.map((c) => ({ value: c.code, label: c.name }))}
          />
          <fieldset className="radio-group">
            <legend>{t('event.modeLabel')}</legend>
            {EVENT_MODES.map((mode) => (
              <div key={mode} className="radio">
                <input
                  type="radio"
                  id={fieldId(`mode.${mode}`)}
                  name="mode"
                  value={mode}
                  checked={values.mode === mode}
                  onChange={() => set('mode', mode as EventMode)}
                />
                <label htmlFor={fieldId(`mode.${mode}`)}>{t(`event.mode.${mode}`)}</label>
              </div>
            ))}
          </fieldset>
        </fieldset>
      );
    case 'invited':
      return (
        <CountryPicker
          value={values.invitedCountries}
          onChange={(v) => set('invitedCountries', v)}
          countries={countries}
          error={errorFor('invitedCountries').error}
        />
      );
    case 'lists':
      return (
        <>
          <TitledListEditor
            path="statementThemes"
            items={values.statementThemes}
            onChange={(v) => set('statementThemes', v)}
            errorFor={errorFor}
          />
          <TitledListEditor
            path="focusAreas"
            items={values.focusAreas}
            onChange={(v) => set('focusAreas', v)}
            errorFor={errorFor}
          />
        </>
      );
    default:
      return <RoomsEditor items={values.rooms} onChange={(v) => set('rooms', v)} errorFor={errorFor} />;
  }
}

interface EventFormProps {
  values: EventFormValues;
  onChange: (values: EventFormValues) => void;
  onSubmit: () => void;
  errorFor: ErrorFor;
  isSaving: boolean;
  submitLabel: string;
  /** Shown beside the submit button, where the reader is when the answer comes. */
  status?: ReactNode;
  isNew?: boolean;
}

/** A new event's settings, all parts in one form. */
export function EventForm(props: EventFormProps) {
  const { values, onChange, onSubmit, errorFor, isSaving, submitLabel, status, isNew } = props;
  const { t } = useTranslation();
  const set: PartProps['set'] = (key, value) => onChange({ ...values, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isSaving) onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="event-form">
      {EVENT_PARTS.map((part) => (
        <EventPartFields key={part} part={part} isNew={isNew} values={values} set={set} errorFor={errorFor} />
      ))}
      <div className="form-actions">
        <SubmitButton isBusy={isSaving}>{isSaving ? t('common.saving') : submitLabel}</SubmitButton>
        {status}
      </div>
    </form>
  );
}
