import type { Attendance, Language, Sector } from '../../../shared/constants.js';
import type {
  Answers,
  Category,
  Question,
  RegistrationFormView,
  RegistrationInput,
  RegistrationUpdate,
  RegistrationView,
} from '../../../shared/registration.js';
import { isAskedOf } from '../../../shared/registrationRules.js';
import type { FieldError } from '../../lib/api.js';
import { looksLikeEmail } from '../../ui/formErrors.js';

/** What the registration form holds; the self-service form edits the same values but the e-mail and consent. */
export interface RegistrationValues {
  name: string;
  email: string;
  country: string;
  organization: string;
  position: string;
  /** Blank until the person chooses: no choice is made for them. */
  sector: Sector | '';
  attendance: Attendance | '';
  category: string;
  panels: string[];
  answers: Answers;
  consent: boolean;
  /** The honeypot: people never see it, so it stays empty unless a bot fills it. */
  website: string;
  /** The language of the mails; the public form sends the page's. */
  language: Language;
}

/** The categories a visitor may choose on the public form. */
export const publicCategories = (categories: Category[]) => categories.filter((category) => category.isPublic);

/** Participant when the form offers it, else the first public category. */
export function defaultCategory(categories: Category[]): string {
  const offered = publicCategories(categories);
  return (offered.find((category) => category.key === 'participant') ?? offered[0])?.key ?? 'participant';
}

export function emptyValues(form: Pick<RegistrationFormView, 'categories'>): RegistrationValues {
  return {
    name: '',
    email: '',
    country: '',
    organization: '',
    position: '',
    sector: '',
    attendance: '',
    category: defaultCategory(form.categories),
    panels: [],
    answers: {},
    consent: false,
    website: '',
    language: 'en',
  };
}

export function valuesFromView(view: RegistrationView): RegistrationValues {
  return {
    name: view.name,
    email: view.email,
    country: view.country,
    organization: view.organization,
    position: view.position ?? '',
    sector: view.sector,
    attendance: view.attendance,
    category: view.category,
    panels: [...view.panels],
    answers: { ...view.answers },
    consent: true,
    website: '',
    language: view.language,
  };
}

const isAnswered = (value: Answers[string] | undefined) =>
  typeof value === 'string'
    ? value.trim() !== ''
    : Array.isArray(value)
      ? value.length > 0
      : value === true || typeof value === 'number';

/** The questions a registrant of the category is asked: the others are neither shown nor sent. */
export const askedQuestions = (questions: Question[], category: string) =>
  questions.filter((question) => isAskedOf(question, category));

/** A number question's answer as the input holds it (text) read as a number, or null when it is none. */
export function numberOf(value: Answers[string] | undefined): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const number = Number(value.trim().replace(',', '.'));
  return Number.isFinite(number) ? number : null;
}

/** The answers to the form's questions, each as its type wants it; unanswered ones are left out. */
export function answersFor(questions: Question[], answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of questions) {
    const value = answers[question.key];
    if (!isAnswered(value)) continue;
    // A number that is not one is sent as written, for the server to name.
    if (question.type === 'number') kept[question.key] = numberOf(value) ?? String(value).trim();
    else kept[question.key] = typeof value === 'string' ? value.trim() : (value as string[] | boolean | number);
  }
  return kept;
}

/** Panels the form still offers: a panel removed from the programme is not sent back. */
const offeredPanels = (panels: string[], form: Pick<RegistrationFormView, 'panels'>) =>
  panels.filter((id) => form.panels.some((panel) => panel.id === id));

export function toInput(values: RegistrationValues, form: RegistrationFormView, language: Language): RegistrationInput {
  const position = values.position.trim();
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    country: values.country,
    organization: values.organization.trim(),
    ...(position ? { position } : {}),
    sector: values.sector as Sector,
    attendance: values.attendance as Attendance,
    consent: values.consent as true,
    category: values.category,
    answers: answersFor(askedQuestions(form.questions, values.category), values.answers),
    panels: offeredPanels(values.panels, form),
    language,
    // Sent as it is: a bot that filled it is refused by the server.
    ...(values.website ? { website: values.website } : {}),
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what the registrant changed, so that the audit log names it; an empty object when nothing did. */
export function changedUpdate(
  values: RegistrationValues,
  view: RegistrationView,
  form: RegistrationFormView,
): RegistrationUpdate {
  const position = values.position.trim();
  const next: Required<RegistrationUpdate> = {
    name: values.name.trim(),
    country: values.country,
    organization: values.organization.trim(),
    position: position || null,
    sector: values.sector as Sector,
    attendance: values.attendance as Attendance,
    panels: offeredPanels(values.panels, form),
    answers: answersFor(askedQuestions(form.questions, values.category), values.answers),
    language: values.language,
  };
  const before = {
    name: view.name,
    country: view.country,
    organization: view.organization,
    position: view.position,
    sector: view.sector,
    attendance: view.attendance,
    panels: view.panels,
    answers: view.answers,
    language: view.language,
  };
  const changes: RegistrationUpdate = {};
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (!sameJson(next[key], before[key])) Object.assign(changes, { [key]: next[key] });
  }
  return changes;
}

const MAX_TEXT = 200;

/**
 * What a person can see is wrong before sending, named as the server names the
 * fields; messages are translation keys. The server checks everything again.
 */
export function checkRegistration(
  values: RegistrationValues,
  form: Pick<RegistrationFormView, 'questions'>,
  isNew: boolean,
): FieldError[] {
  const errors: FieldError[] = [];
  const require = (isFine: boolean, field: string, message: string) => {
    if (!isFine) errors.push({ field, message });
  };
  require(values.name.trim() !== '', 'name', 'validation.required');
  require(values.name.trim().length <= MAX_TEXT, 'name', 'registration.errors.tooLong');
  if (isNew) require(looksLikeEmail(values.email.trim()), 'email', 'validation.email');
  require(values.country !== '', 'country', 'registration.errors.country');
  require(values.organization.trim() !== '', 'organization', 'validation.required');
  require(values.organization.trim().length <= MAX_TEXT, 'organization', 'registration.errors.tooLong');
  require(values.position.trim().length <= MAX_TEXT, 'position', 'registration.errors.tooLong');
  require(values.sector !== '', 'sector', 'registration.errors.choose');
  require(values.attendance !== '', 'attendance', 'registration.errors.choose');
  for (const question of askedQuestions(form.questions, values.category)) {
    const value = values.answers[question.key];
    const field = `answers.${question.key}`;
    if (question.isRequired) require(isAnswered(value), field, 'registration.errors.answer');
    if (typeof value === 'string') require(value.length <= 2000, field, 'registration.errors.tooLong');
    if (question.type === 'number' && isAnswered(value)) {
      const number = numberOf(value);
      const isInRange =
        number !== null &&
        (question.min == null || number >= question.min) &&
        (question.max == null || number <= question.max);
      require(isInRange, field, 'registration.errors.number');
    }
    if (question.type === 'email' && typeof value === 'string' && value.trim())
      require(looksLikeEmail(value.trim()), field, 'validation.email');
  }
  if (isNew) require(values.consent, 'consent', 'registration.errors.consent');
  return errors;
}
