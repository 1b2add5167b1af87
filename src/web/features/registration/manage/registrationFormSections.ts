import type { RegistrationForm } from '../../../../shared/registration.js';
import type { FieldError } from '../../../lib/api.js';
import { checkRegistrationForm, keyFrom, type RegistrationFormValues, toForm } from './registrationFormValues.js';

/** The form editor's parts, each saved on its own. */
export const FORM_SECTIONS = ['general', 'categories', 'questions', 'privacy'] as const;
export type FormSection = (typeof FORM_SECTIONS)[number];

const FIELDS: Record<FormSection, (keyof RegistrationForm)[]> = {
  general: ['isOpen', 'opensAt', 'closesAt', 'inPersonCapacity'],
  categories: ['categories'],
  questions: ['questions'],
  privacy: ['privacyNotice', 'privacyVersion'],
};

const isOfSection = (section: FormSection, field: string) =>
  (FIELDS[section] as string[]).includes(field.split('.')[0] ?? '');

/** The saved form with this part as edited: the other parts' unsaved edits stay in the editor, unsent. */
export function sectionForm(
  section: FormSection,
  values: RegistrationFormValues,
  saved: RegistrationForm,
  timeZone: string,
): RegistrationForm {
  const edited = toForm(values, saved, timeZone);
  const form: RegistrationForm = { ...saved };
  for (const field of FIELDS[section]) Object.assign(form, { [field]: edited[field] });
  if (section === 'categories') {
    // A question asked of a category that is gone is asked of the ones left.
    const keys = new Set(form.categories.map((c) => c.key));
    form.questions = saved.questions.map((q) =>
      q.categories ? { ...q, categories: q.categories.filter((k) => keys.has(k)) } : q,
    );
  }
  return form;
}

/** What the editor can tell is wrong with this part before sending it. */
export const checkSection = (section: FormSection, values: RegistrationFormValues): FieldError[] =>
  checkRegistrationForm(values).filter((error) => isOfSection(section, error.field));

/** After a save, the keys made from the English text are shown in their fields. */
export function withSavedKeys(section: FormSection, values: RegistrationFormValues): RegistrationFormValues {
  if (section === 'categories')
    return { ...values, categories: values.categories.map((c) => ({ ...c, code: keyFrom(c.code, c.name.en) })) };
  if (section !== 'questions') return values;
  return {
    ...values,
    questions: values.questions.map((q) => ({
      ...q,
      code: keyFrom(q.code, q.label.en),
      options: q.options.map((o) => ({ ...o, code: keyFrom(o.code, o.label.en) })),
    })),
  };
}
