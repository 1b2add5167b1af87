import type { TFunction } from 'i18next';
import { type ChangeEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers, Question, RegistrationFormView } from '../../../shared/registration.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { ATTENDANCES, pickText, SECTORS } from '../../lib/contract.js';
import { CheckboxField, ChoiceGroup } from '../../ui/Choices.js';
import { COUNTRY_CODES, countriesByName } from '../../ui/countries.js';
import { SelectField, TextField } from '../../ui/Field.js';
import { fieldId } from '../../ui/FormParts.js';
import type { ErrorFor } from '../../ui/formErrors.js';
import { Localized } from '../../ui/text.js';
import { askedQuestions, publicCategories, type RegistrationValues } from './registrationValues.js';

interface FieldsProps {
  values: RegistrationValues;
  onChange: (values: RegistrationValues) => void;
  form: RegistrationFormView;
  errorFor: ErrorFor;
  /** The public form asks for the e-mail address and the category; the registrant's own page cannot change them. */
  isNew: boolean;
}

/** The fields the public form and the registrant's own page share: who, how they attend, and the questions. */
export function RegistrationFields({ values, onChange, form, errorFor, isNew }: FieldsProps) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const countries = useMemo(() => countriesByName(COUNTRY_CODES, locale), [locale]);
  const set = <K extends keyof RegistrationValues>(key: K, value: RegistrationValues[K]) =>
    onChange({ ...values, [key]: value });
  const required = { hint: t('form.required'), 'aria-required': true } as const;

  return (
    <>
      <fieldset>
        <legend>{t('registration.about')}</legend>
        <TextField
          id={fieldId('name')}
          label={t('registration.fields.name')}
          autoComplete="name"
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          {...required}
          {...errorFor('name')}
        />
        {isNew && (
          <TextField
            id={fieldId('email')}
            type="email"
            label={t('registration.fields.email')}
            autoComplete="email"
            value={values.email}
            onChange={(e) => set('email', e.target.value)}
            {...required}
            hint={`${t('form.required')} ${t('registration.fields.emailHint')}`}
            {...errorFor('email')}
          />
        )}
        <SelectField
          id={fieldId('country')}
          label={t('registration.fields.country')}
          value={values.country}
          onChange={(e) => set('country', e.target.value)}
          options={[{ value: '', label: t('registration.fields.countryChoose') }].concat(
            countries.map((c) => ({ value: c.code, label: c.name })),
          )}
          {...required}
          {...errorFor('country')}
        />
        <TextField
          id={fieldId('organization')}
          label={t('registration.fields.organization')}
          autoComplete="organization"
          value={values.organization}
          onChange={(e) => set('organization', e.target.value)}
          {...required}
          {...errorFor('organization')}
        />
        <TextField
          id={fieldId('position')}
          label={t('registration.fields.position')}
          autoComplete="organization-title"
          value={values.position}
          onChange={(e) => set('position', e.target.value)}
          {...errorFor('position')}
        />
        <ChoiceGroup
          id={fieldId('sector')}
          type="radio"
          legend={t('registration.fields.sector')}
          hint={t('form.required')}
          choices={SECTORS.map((sector) => ({ value: sector, label: t(`registration.sectors.${sector}`) }))}
          value={[values.sector]}
          onChange={([sector]) => set('sector', (sector ?? '') as RegistrationValues['sector'])}
          {...errorFor('sector')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('registration.taking')}</legend>
        <AttendanceChoice values={values} form={form} onChange={onChange} errorFor={errorFor} />
        {isNew && publicCategories(form.categories).length > 1 && (
          <ChoiceGroup
            id={fieldId('category')}
            type="radio"
            legend={t('registration.fields.category')}
            choices={publicCategories(form.categories).map((category) => ({
              value: category.key,
              label: <Localized text={category.name} />,
            }))}
            value={[values.category]}
            onChange={([category]) => set('category', category ?? values.category)}
            {...errorFor('category')}
          />
        )}
        {form.panels.length > 0 && (
          <ChoiceGroup
            id={fieldId('panels')}
            type="checkbox"
            legend={t('registration.fields.panels')}
            hint={t('registration.fields.panelsHint')}
            choices={form.panels.map((panel) => ({ value: panel.id, label: <Localized text={panel.name} /> }))}
            value={values.panels}
            onChange={(panels) => set('panels', panels)}
            {...errorFor('panels')}
          />
        )}
      </fieldset>

      {askedQuestions(form.questions, values.category).length > 0 && (
        <fieldset>
          <legend>{t('registration.questions')}</legend>
          {askedQuestions(form.questions, values.category).map((question) => (
            <QuestionField
              key={question.key}
              question={question}
              answers={values.answers}
              onChange={(answers) => set('answers', answers)}
              errorFor={errorFor}
            />
          ))}
        </fieldset>
      )}
    </>
  );
}

function AttendanceChoice({ values, form, onChange, errorFor }: Omit<FieldsProps, 'isNew'>) {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(INTL_LOCALES[currentLanguage()]);
  const left = Math.max(0, form.inPersonPlaces - form.inPersonConfirmed);
  const category = form.categories.find((c) => c.key === values.category);
  const notes = [
    left > 0 ? t('registration.placesLeft', { count: left, formatted: number.format(left) }) : t('registration.full'),
    category?.needsAccreditation
      ? t('registration.needsAccreditation', { category: pickText(category.name, currentLanguage()) })
      : null,
  ].filter(Boolean);
  return (
    <ChoiceGroup
      id={fieldId('attendance')}
      type="radio"
      legend={t('registration.fields.attendance')}
      hint={t('form.required')}
      choices={ATTENDANCES.map((attendance) => ({
        value: attendance,
        label: t(`registration.attendances.${attendance}`),
        note: attendance === 'in_person' ? notes.join(' ') : undefined,
      }))}
      value={[values.attendance]}
      onChange={([attendance]) =>
        onChange({ ...values, attendance: (attendance ?? '') as RegistrationValues['attendance'] })
      }
      {...errorFor('attendance')}
    />
  );
}

/** One of the organizers' questions, by its type; the answer is kept under the question's key. */
function QuestionField(props: {
  question: Question;
  answers: Answers;
  onChange: (answers: Answers) => void;
  errorFor: ErrorFor;
}) {
  const { t } = useTranslation();
  const { question, answers, onChange, errorFor } = props;
  const locale = INTL_LOCALES[currentLanguage()];
  const countries = useMemo(() => countriesByName(COUNTRY_CODES, locale), [locale]);
  const path = `answers.${question.key}`;
  const id = fieldId(path);
  const value = answers[question.key];
  const answer = (next: Answers[string]) => onChange({ ...answers, [question.key]: next });
  const hint = question.isRequired ? t('form.required') : undefined;
  const label = <Localized text={question.label} />;
  const choices = question.options.map((option) => ({ value: option.key, label: <Localized text={option.label} /> }));

  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const textProps = {
    id,
    label: pickText(question.label, currentLanguage()),
    value: text,
    onChange: (e: ChangeEvent<HTMLInputElement>) => answer(e.target.value),
    hint,
    'aria-required': question.isRequired || undefined,
    ...errorFor(path),
  };
  switch (question.type) {
    case 'text':
      return <TextField {...textProps} />;
    case 'email':
      return <TextField {...textProps} type="email" autoComplete="off" />;
    case 'date':
      return <TextField {...textProps} type="date" />;
    case 'number': {
      const range = numberRange(question, locale, t);
      return (
        <TextField {...textProps} inputMode="decimal" hint={[hint, range].filter(Boolean).join(' ') || undefined} />
      );
    }
    case 'country':
      return (
        <SelectField
          {...textProps}
          onChange={(e) => answer(e.target.value)}
          options={[
            { value: '', label: t('registration.fields.countryChoose') },
            ...countries.map((c) => ({ value: c.code, label: c.name })),
          ]}
        />
      );
    case 'single':
      return (
        <ChoiceGroup
          id={id}
          type="radio"
          legend={label}
          hint={hint}
          choices={choices}
          value={typeof value === 'string' ? [value] : []}
          onChange={([choice]) => answer(choice ?? '')}
          {...errorFor(path)}
        />
      );
    case 'multiple':
      return (
        <ChoiceGroup
          id={id}
          type="checkbox"
          legend={label}
          hint={hint}
          choices={choices}
          value={Array.isArray(value) ? value : []}
          onChange={answer}
          {...errorFor(path)}
        />
      );
    default:
      return (
        <CheckboxField
          id={id}
          label={label}
          hint={hint}
          isRequired={question.isRequired}
          checked={value === true}
          onChange={answer}
          {...errorFor(path)}
        />
      );
  }
}

/** "Between 1 and 10.", "At least 1.", "At most 10." or nothing, as the number question allows. */
function numberRange(question: Question, locale: string, t: TFunction) {
  const format = (n: number) => n.toLocaleString(locale);
  const { min, max } = question;
  if (min != null && max != null) return t('registration.range.between', { min: format(min), max: format(max) });
  if (min != null) return t('registration.range.atLeast', { min: format(min) });
  if (max != null) return t('registration.range.atMost', { max: format(max) });
  return '';
}
