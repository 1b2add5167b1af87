import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeakerInput, SpeakerView } from '../../../../shared/programme.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { COUNTRY_CODES, countriesByName } from '../../../ui/countries.js';
import { SelectField, TextField } from '../../../ui/Field.js';
import { fieldId, LocalizedFields } from '../../../ui/FormParts.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { localized, type TwoLanguages, twoLanguages } from '../../../ui/localized.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { EditorActions } from './EditorParts.js';
import { useSaveSpeaker } from './editorApi.js';
import { useFocusOnMount } from './focus.js';
import { PhotoField } from './PhotoField.js';

interface SpeakerFormValues {
  name: string;
  title: string;
  organization: string;
  country: string;
  bio: TwoLanguages;
}

const valuesOf = (speaker: SpeakerView | null): SpeakerFormValues => ({
  name: speaker?.name ?? '',
  title: speaker?.title ?? '',
  organization: speaker?.organization ?? '',
  country: speaker?.country ?? '',
  bio: twoLanguages(speaker?.bio ?? {}),
});

const inputOf = (values: SpeakerFormValues, original: SpeakerView | null): SpeakerInput => ({
  name: values.name.trim(),
  title: values.title.trim(),
  organization: values.organization.trim(),
  country: values.country || null,
  bio: localized(values.bio, original?.bio),
});

/** Creates or edits a speaker; an existing speaker's photo is uploaded here too. */
export function SpeakerEditor(props: {
  slug: string;
  speaker: SpeakerView | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { slug, speaker, onDone, onCancel } = props;
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const locale = INTL_LOCALES[currentLanguage()];
  const countries = useMemo(() => countriesByName(COUNTRY_CODES, locale), [locale]);
  const [values, setValues] = useState(() => valuesOf(speaker));
  const save = useSaveSpeaker(slug);
  const errors = useFormErrors(save.error);
  const set = <K extends keyof SpeakerFormValues>(key: K, value: SpeakerFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const labels: Record<string, string> = {
    name: t('programme.editor.name'),
    title: t('programme.editor.position'),
    organization: t('programme.editor.organization'),
    country: t('programme.country'),
    'bio.en': t('form.in.en', { field: t('programme.editor.bio') }),
    'bio.id': t('form.in.id', { field: t('programme.editor.bio') }),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    if (!errors.check([values.name.trim() ? null : { field: 'name', message: 'validation.required' }])) return;
    save.mutate(
      { id: speaker?.id ?? null, input: inputOf(values, speaker) },
      { onSuccess: () => onDone(t(speaker ? 'programme.editor.speakerSaved' : 'programme.editor.speakerAdded')) },
    );
  };
  const text = (key: 'name' | 'title' | 'organization', isRequired = false) => (
    <TextField
      id={fieldId(`speaker.${key}`)}
      label={labels[key] ?? key}
      value={values[key]}
      onChange={(e) => set(key, e.target.value)}
      {...errors.errorFor(key)}
      aria-required={isRequired || undefined}
    />
  );
  return (
    <div className="card">
      <form onSubmit={submit} noValidate aria-labelledby="speaker-form-title">
        <h3 id="speaker-form-title" ref={heading} tabIndex={-1}>
          {speaker ? t('programme.editor.editSpeaker') : t('programme.editor.newSpeaker')}
        </h3>
        <ProblemAlert
          error={errors.shown}
          labels={labels}
          fieldIdOf={(field) => fieldId(`speaker.${field}`)}
          isFocused
        />
        {text('name', true)}
        {text('title')}
        {text('organization')}
        <SelectField
          id={fieldId('speaker.country')}
          label={t('programme.country')}
          value={values.country}
          onChange={(e) => set('country', e.target.value)}
          options={[
            { value: '', label: t('programme.editor.noCountry') },
            ...countries.map((c) => ({ value: c.code, label: c.name })),
          ]}
          {...errors.errorFor('country')}
        />
        <LocalizedFields
          path="speaker.bio"
          label={t('programme.editor.bio')}
          value={values.bio}
          onChange={(v) => set('bio', v)}
          errorFor={(field) => errors.errorFor(field.replace(/^speaker\./, ''))}
          isMultiline
          isEnglishRequired={false}
        />
        <EditorActions isBusy={save.isPending} saveLabel={t('programme.editor.saveSpeaker')} onCancel={onCancel} />
      </form>
      {speaker ? (
        <PhotoField slug={slug} speaker={speaker} />
      ) : (
        <p className="hint">{t('programme.editor.photoLater')}</p>
      )}
    </div>
  );
}
