import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventView } from '../../../../shared/events.js';
import type { RegistrationForm, RegistrationFormView } from '../../../../shared/registration.js';
import { pagePath } from '../../../../shared/routes.js';
import { fieldId } from '../../../ui/FormParts.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { SectionForm } from '../../../ui/SectionForm.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { Tabs } from '../../../ui/Tabs.js';
import { useRegistrationForm, useSaveRegistrationForm } from '../api.js';
import { CategoriesEditor, QuestionsEditor } from './RegistrationFormEditors.js';
import { GeneralFields, PrivacyFields } from './RegistrationFormParts.js';
import { useRegistrationFormLabels } from './registrationFormLabels.js';
import {
  checkSection,
  FORM_SECTIONS,
  type FormSection,
  sectionForm,
  withSavedKeys,
} from './registrationFormSections.js';
import { type RegistrationFormValues, valuesFromForm } from './registrationFormValues.js';

/** The configured form, without what the public view adds (panels, places taken). */
function configured(view: RegistrationFormView): RegistrationForm {
  const { isOpen, opensAt, closesAt, categories, questions, privacyNotice, privacyVersion, inPersonCapacity } = view;
  return { isOpen, opensAt, closesAt, categories, questions, privacyNotice, privacyVersion, inPersonCapacity };
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
  const [values, setValues] = useState<RegistrationFormValues>(() => valuesFromForm(saved, event.timeZone));
  const [section, setSection] = useState<FormSection>('general');
  return (
    <>
      <p>{t('registration.editor.intro')}</p>
      <p>
        <Link to={pagePath('register', { slug: event.slug })}>{t('registration.editor.viewPublic')}</Link>
      </p>
      <Tabs
        id="form-editor"
        label={t('registration.editor.parts')}
        tabs={FORM_SECTIONS.map((key) => ({ key, label: t(`registration.editor.sections.${key}`) }))}
        selected={section}
        onSelect={setSection}
      >
        <SectionEditor
          key={section}
          section={section}
          event={event}
          saved={saved}
          values={values}
          onChange={setValues}
        />
      </Tabs>
    </>
  );
}

/** One part of the form, with its own save and its own answer beside the button. */
function SectionEditor(props: {
  section: FormSection;
  event: EventView;
  saved: RegistrationForm;
  values: RegistrationFormValues;
  onChange: (values: RegistrationFormValues) => void;
}) {
  const { section, event, saved, values } = props;
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const save = useSaveRegistrationForm(event.slug);
  const errors = useFormErrors(save.error);
  const labels = useRegistrationFormLabels();
  const set = <K extends keyof RegistrationFormValues>(key: K, value: RegistrationFormValues[K]) => {
    props.onChange({ ...values, [key]: value });
    setStatus(null);
  };
  const submit = () => {
    setStatus(null);
    if (!errors.check(checkSection(section, values))) return;
    save.mutate(sectionForm(section, values, saved, event.timeZone), {
      onSuccess: () => {
        props.onChange(withSavedKeys(section, values));
        setStatus(t('registration.editor.saved'));
      },
    });
  };
  const { errorFor } = errors;
  return (
    <SectionForm
      name={t(`registration.editor.sections.${section}`)}
      onSubmit={submit}
      isSaving={save.isPending}
      error={errors.shown}
      status={status}
      labels={labels}
      fieldIdOf={fieldId}
      className="registration-form-editor"
    >
      {section === 'general' && <GeneralFields event={event} values={values} set={set} errorFor={errorFor} />}
      {section === 'categories' && (
        <CategoriesEditor items={values.categories} onChange={(v) => set('categories', v)} errorFor={errorFor} />
      )}
      {section === 'questions' && (
        <QuestionsEditor
          items={values.questions}
          categories={values.categories}
          onChange={(v) => set('questions', v)}
          errorFor={errorFor}
        />
      )}
      {section === 'privacy' && <PrivacyFields values={values} set={set} errorFor={errorFor} />}
    </SectionForm>
  );
}
