import type { QuestionType } from '../../../../shared/constants.js';
import type { Category, Question, RegistrationForm } from '../../../../shared/registration.js';
import type { FieldError } from '../../../lib/api.js';
import { localized, newKey, type TwoLanguages, twoLanguages } from '../../../ui/localized.js';
import { fromZonedInput, toZonedInput } from '../../../ui/time.js';

/** `key` is React's (items added in the form have none of their own yet); `code` is the item's key in the API. */
export interface CategoryItem {
  key: string;
  code: string;
  name: TwoLanguages;
  needsAccreditation: boolean;
  isPublic: boolean;
}

export interface OptionItem {
  key: string;
  code: string;
  label: TwoLanguages;
}

export interface QuestionItem {
  key: string;
  code: string;
  label: TwoLanguages;
  type: QuestionType;
  options: OptionItem[];
  isRequired: boolean;
  /** A number's bounds as typed; blank: none. */
  min: string;
  max: string;
  /** The React keys of the categories asked; none: every category. */
  categories: string[];
}

export interface RegistrationFormValues {
  isOpen: boolean;
  /** The registration window, as datetime-local inputs hold it in the event's time; blank: no limit. */
  opensAt: string;
  closesAt: string;
  /** Blank: the plenary room's capacity. */
  capacity: string;
  categories: CategoryItem[];
  questions: QuestionItem[];
  privacyNotice: TwoLanguages;
  privacyVersion: string;
}

export const hasOptions = (type: QuestionType) => type === 'single' || type === 'multiple';

const bound = (value: number | null | undefined) => (value == null ? '' : String(value));

export function valuesFromForm(form: RegistrationForm, timeZone = 'UTC'): RegistrationFormValues {
  const categoryKeys = new Map(form.categories.map((c) => [c.key, newKey()]));
  return {
    isOpen: form.isOpen,
    opensAt: form.opensAt ? toZonedInput(form.opensAt, timeZone) : '',
    closesAt: form.closesAt ? toZonedInput(form.closesAt, timeZone) : '',
    capacity: form.inPersonCapacity === null ? '' : String(form.inPersonCapacity),
    categories: form.categories.map((c) => ({
      key: categoryKeys.get(c.key) ?? newKey(),
      code: c.key,
      name: twoLanguages(c.name),
      needsAccreditation: c.needsAccreditation,
      isPublic: c.isPublic,
    })),
    questions: form.questions.map((q) => ({
      key: newKey(),
      code: q.key,
      label: twoLanguages(q.label),
      type: q.type,
      isRequired: q.isRequired,
      options: q.options.map((o) => ({ key: newKey(), code: o.key, label: twoLanguages(o.label) })),
      min: bound(q.min),
      max: bound(q.max),
      categories: (q.categories ?? []).flatMap((c) => categoryKeys.get(c) ?? []),
    })),
    privacyNotice: twoLanguages(form.privacyNotice),
    privacyVersion: form.privacyVersion,
  };
}

/**
 * A key for scripts, from the English text when the organizer gave none:
 * "Dietary needs" becomes dietary_needs.
 */
export function keyFrom(code: string, english: string): string {
  const given = code.trim();
  if (given) return given;
  const made = english
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  if (!made) return '';
  return /^[a-z]/.test(made) ? made : `q_${made}`.slice(0, 40).replace(/_+$/, '');
}

/** What the API takes; `original` keeps the languages the form does not edit. */
const number = (value: string) => {
  const given = value.trim().replace(',', '.');
  return given === '' ? null : Number(given);
};

/** An instant from the event-time input; blank: none; not a time: as typed, for the server to name. */
const instant = (value: string, timeZone: string) => (value.trim() ? (fromZonedInput(value, timeZone) ?? value) : null);

export function toForm(
  values: RegistrationFormValues,
  original?: RegistrationForm,
  timeZone = 'UTC',
): RegistrationForm {
  const capacity = values.capacity.trim();
  const categoryCode = new Map(values.categories.map((c) => [c.key, keyFrom(c.code, c.name.en)]));
  return {
    isOpen: values.isOpen,
    opensAt: instant(values.opensAt, timeZone),
    closesAt: instant(values.closesAt, timeZone),
    inPersonCapacity: capacity === '' ? null : /^\d+$/.test(capacity) ? Number(capacity) : Number.NaN,
    categories: values.categories.map(
      (c): Category => ({
        key: keyFrom(c.code, c.name.en),
        name: localized(c.name, original?.categories.find((o) => o.key === c.code)?.name),
        needsAccreditation: c.needsAccreditation,
        isPublic: c.isPublic,
      }),
    ),
    questions: values.questions.map(
      (q): Question => ({
        key: keyFrom(q.code, q.label.en),
        label: localized(q.label, original?.questions.find((o) => o.key === q.code)?.label),
        type: q.type,
        isRequired: q.isRequired,
        options: hasOptions(q.type)
          ? q.options.map((o) => ({ key: keyFrom(o.code, o.label.en), label: localized(o.label) }))
          : [],
        ...(q.type === 'number' ? { min: number(q.min), max: number(q.max) } : {}),
        ...(q.categories.length ? { categories: q.categories.flatMap((k) => categoryCode.get(k) ?? []) } : {}),
      }),
    ),
    privacyNotice: localized(values.privacyNotice, original?.privacyNotice),
    privacyVersion: values.privacyVersion.trim(),
  };
}

const KEY = /^[a-z][a-z0-9_]{0,39}$/;

/** What an organizer can see is wrong before saving, named as the server names the fields. */
export function checkRegistrationForm(values: RegistrationFormValues): FieldError[] {
  const errors: FieldError[] = [];
  const require = (isFine: boolean, field: string, message: string) => {
    if (!isFine) errors.push({ field, message });
  };
  const form = toForm(values);
  require(values.capacity.trim() === '' ||
    /^\d{1,7}$/.test(values.capacity.trim()), 'inPersonCapacity', 'validation.capacity');
  require(values.categories.length > 0, 'categories', 'registration.editor.errors.oneCategory');
  const checkKeys = (items: { key: string }[], path: string) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      // No key and no English text: the missing text is what to fix, and the key will come from it.
      if (!item.key) return;
      require(KEY.test(item.key), `${path}.${index}.key`, 'registration.editor.errors.key');
      require(!seen.has(item.key), `${path}.${index}.key`, 'registration.editor.errors.keyTaken');
      seen.add(item.key);
    });
  };
  checkKeys(form.categories, 'categories');
  checkKeys(form.questions, 'questions');
  values.categories.forEach((c, index) => {
    require(c.name.en.trim() !== '', `categories.${index}.name.en`, 'validation.englishRequired');
  });
  const opensAt = form.opensAt && Date.parse(form.opensAt);
  const closesAt = form.closesAt && Date.parse(form.closesAt);
  require(!Number.isNaN(opensAt), 'opensAt', 'validation.dateRequired');
  require(!Number.isNaN(closesAt), 'closesAt', 'validation.dateRequired');
  if (opensAt && closesAt) require(closesAt > opensAt, 'closesAt', 'registration.editor.errors.closesAfterOpens');
  values.questions.forEach((q, index) => {
    require(q.label.en.trim() !== '', `questions.${index}.label.en`, 'validation.englishRequired');
    if (q.type === 'number') {
      const [min, max] = [number(q.min), number(q.max)];
      require(min === null || Number.isFinite(min), `questions.${index}.min`, 'registration.editor.errors.number');
      require(max === null || Number.isFinite(max), `questions.${index}.max`, 'registration.editor.errors.number');
      if (min !== null && max !== null)
        require(min <= max, `questions.${index}.max`, 'registration.editor.errors.maxBelowMin');
    }
    if (!hasOptions(q.type)) return;
    require(q.options.length > 0, `questions.${index}.options`, 'registration.editor.errors.options');
    checkKeys(form.questions[index]?.options ?? [], `questions.${index}.options`);
    q.options.forEach((o, optionIndex) => {
      require(o.label.en.trim() !==
        '', `questions.${index}.options.${optionIndex}.label.en`, 'validation.englishRequired');
    });
  });
  require(values.privacyNotice.en.trim() !== '', 'privacyNotice.en', 'validation.englishRequired');
  require(values.privacyVersion.trim() !== '', 'privacyVersion', 'validation.required');
  return errors;
}
