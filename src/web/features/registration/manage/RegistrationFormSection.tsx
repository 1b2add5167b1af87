import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventView } from '../../../../shared/events.js';
import type { RegistrationForm, RegistrationFormView } from '../../../../shared/registration.js';
import { pagePath } from '../../../../shared/routes.js';
import { CheckboxField } from '../../../ui/Choices.js';
import { SubmitButton, TextField } from '../../../ui/Field.js';
import { fieldId, LocalizedFields } from '../../../ui/FormParts.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { useRegistrationForm, useSaveRegistrationForm } from '../api.js';
import { CategoriesEditor, QuestionsEditor } from './RegistrationFormEditors.js';
import { useRegistrationFormLabels } from './registrationFormLabels.js';
import {
  checkRegistrationForm,
  type RegistrationFormValues,
  toForm,
  valuesFromForm,
} from './registrationFormValues.js';

/** The configured form, without what the public view adds (panels, places taken). */
function configured(view: RegistrationFormView): RegistrationForm {
  const { isOpen, categories, questions, privacyNotice, privacyVersion, inPersonCapacity } = view;
  return { isOpen, categories, questions, privacyNotice, privacyVersion, inPersonCapacity };
}

export function RegistrationFormSection({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const form = useRegistrationForm(event.slug);
  return (
    <section aria-labelledby="registration-form-title">
      <h2 id="registration-form-title">{t('manage.sections.registration-form')}</h2>
      {form.isError ? (
        <LoadError error={form.error} onRetry={() => void form.refetch()} />
      ) : form.data ? (
        <FormEditor event={event} saved={configured(form.data)} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

function FormEditor({ event, saved }: { event: EventView; saved: RegistrationForm }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<RegistrationFormValues>(() => valuesFromForm(saved));
  const [status, setStatus] = useState<string | null>(null);
  const save = useSaveRegistrationForm(event.slug);
  const errors = useFormErrors(save.error);
  const labels = useRegistrationFormLabels();
  const plenary = event.rooms[0]?.capacity ?? 0;
  const set = <K extends keyof RegistrationFormValues>(key: K, value: RegistrationFormValues[K]) => {
    setValues({ ...values, [key]: value });
    setStatus(null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    setStatus(null);
    if (!errors.check(checkRegistrationForm(values))) return;
    save.mutate(toForm(values, saved), {
      onSuccess: (form) => {
        setValues(valuesFromForm(form));
        setStatus(t('registration.editor.saved'));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="registration-form-editor">
      <p>{t('registration.editor.intro')}</p>
      <p>
        <Link to={pagePath('register', { slug: event.slug })}>{t('registration.editor.viewPublic')}</Link>
      </p>
      <ProblemAlert error={errors.shown} labels={labels} isFocused fieldIdOf={fieldId} />
      <fieldset>
        <legend>{t('registration.editor.general')}</legend>
        <CheckboxField
          id={fieldId('isOpen')}
          label={t('registration.editor.isOpen')}
          hint={t('registration.editor.isOpenHint')}
          checked={values.isOpen}
          onChange={(isOpen) => set('isOpen', isOpen)}
        />
        <TextField
          id={fieldId('inPersonCapacity')}
          label={t('registration.editor.capacity')}
          hint={t('registration.editor.capacityHint', { count: plenary })}
          inputMode="numeric"
          value={values.capacity}
          onChange={(e) => set('capacity', e.target.value)}
          {...errors.errorFor('inPersonCapacity')}
        />
      </fieldset>
      <CategoriesEditor items={values.categories} onChange={(v) => set('categories', v)} errorFor={errors.errorFor} />
      <QuestionsEditor items={values.questions} onChange={(v) => set('questions', v)} errorFor={errors.errorFor} />
      <fieldset>
        <legend>{t('registration.editor.privacy')}</legend>
        <LocalizedFields
          path="privacyNotice"
          label={t('registration.editor.privacyNotice')}
          value={values.privacyNotice}
          onChange={(v) => set('privacyNotice', v)}
          errorFor={errors.errorFor}
          isMultiline
        />
        <TextField
          id={fieldId('privacyVersion')}
          label={t('registration.editor.privacyVersion')}
          hint={t('registration.editor.privacyVersionHint')}
          value={values.privacyVersion}
          onChange={(e) => set('privacyVersion', e.target.value)}
          aria-required
          {...errors.errorFor('privacyVersion')}
        />
      </fieldset>
      <div className="form-actions">
        <SubmitButton isBusy={save.isPending}>{save.isPending ? t('common.saving') : t('settings.save')}</SubmitButton>
        <StatusMessage>{status}</StatusMessage>
      </div>
    </form>
  );
}
