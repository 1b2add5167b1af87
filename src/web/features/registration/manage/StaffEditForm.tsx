import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector } from '../../../../shared/constants.js';
import type { RegistrationListItem } from '../../../../shared/registrationList.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { SECTORS } from '../../../lib/contract.js';
import { COUNTRY_CODES, countriesByName } from '../../../ui/countries.js';
import { SelectField, SubmitButton, TextField } from '../../../ui/Field.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { useEditRegistration } from './listApi.js';

const TEXT_FIELDS = ['name', 'organization', 'position'] as const;

/** Staff correct what the registrant wrote: name, organisation, position, country, sector. */
export function StaffEditForm(props: { slug: string; registration: RegistrationListItem; onDone: () => void }) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const r = props.registration;
  const edit = useEditRegistration(props.slug, r.id);
  const errors = useFormErrors(edit.error);
  const [values, setValues] = useState({
    name: r.name,
    organization: r.organization,
    position: r.position ?? '',
    country: r.country,
    sector: r.sector,
  });
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (edit.isPending) return;
    edit.mutate(
      { ...values, position: values.position.trim() || null, sector: values.sector as Sector },
      { onSuccess: props.onDone },
    );
  };
  return (
    <form onSubmit={submit} className="staff-edit" aria-labelledby="staff-edit-title" noValidate>
      <h4 id="staff-edit-title">{t('registrationList.editTitle')}</h4>
      <ProblemAlert error={errors.shown} />
      {TEXT_FIELDS.map((field) => (
        <TextField
          key={field}
          id={`edit-${field}`}
          label={t(`registrationList.columns.${field}`)}
          value={values[field]}
          onChange={set(field)}
          {...errors.errorFor(field)}
        />
      ))}
      <SelectField
        id="edit-country"
        label={t('registrationList.columns.country')}
        value={values.country}
        onChange={set('country')}
        options={countriesByName(COUNTRY_CODES, locale).map((c) => ({ value: c.code, label: c.name }))}
        {...errors.errorFor('country')}
      />
      <SelectField
        id="edit-sector"
        label={t('registrationList.columns.sector')}
        value={values.sector}
        onChange={set('sector')}
        options={SECTORS.map((s) => ({ value: s, label: t(`registration.sectors.${s}`) }))}
        {...errors.errorFor('sector')}
      />
      <SubmitButton isBusy={edit.isPending}>{t('registrationList.saveEdit')}</SubmitButton>
    </form>
  );
}
