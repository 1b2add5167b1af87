import type {
  Answers,
  RegistrationCreated,
  RegistrationForm,
  RegistrationInput,
  RegistrationView,
} from '../../../shared/registration.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError, type FieldError } from '../../core/errors.js';
import type { IdempotencyClaim } from '../../core/idempotency/idempotency.js';
import type { AdmissionBy } from './admission.js';
import { admitSoon, answerOf } from './admission.queue.js';
import { type LinkSettings, listPanelRooms, loadRecentPlacement } from './form.service.js';
import * as repo from './registration.repo.js';

/** A person to admit from what they or an import gave, and what the platform decided about them. */
export function admissionOf(
  input: Omit<RegistrationInput, 'consent' | 'category' | 'website'>,
  decided: Pick<AdmissionBy, 'category' | 'consentVersion' | 'accountId' | 'actorId'>,
): AdmissionBy {
  return {
    name: input.name,
    email: input.email,
    country: input.country,
    organization: input.organization,
    position: input.position || null,
    sector: input.sector,
    attendance: input.attendance,
    panels: input.panels ?? [],
    answers: input.answers ?? {},
    language: input.language ?? 'en',
    timeZone: input.timeZone ?? null,
    ...decided,
  };
}

const publicCategories = (form: RegistrationForm) => form.categories.filter((c) => c.isPublic);

/** The category of someone who names none: the first the public form offers. */
export const defaultCategory = (form: RegistrationForm) =>
  publicCategories(form)[0]?.key ?? form.categories[0]?.key ?? 'participant';

/** Answers checked against the event's questions: required ones given, choices among the options. */
export function checkAnswers(form: RegistrationForm, answers: Answers): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(form.questions.map((q) => q.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key))
      errors.push({ field: `answers.${key}`, code: 'field.unknown_key', message: 'is not a question of this form' });
  }
  for (const question of form.questions) {
    const field = `answers.${question.key}`;
    const value = answers[question.key];
    const options = new Set(question.options.map((o) => o.key));
    const isEmpty = value === undefined || value === '' || value === false || (Array.isArray(value) && !value.length);
    if (isEmpty) {
      if (question.isRequired) errors.push({ field, code: 'field.required', message: 'is required' });
      continue;
    }
    const isRightType =
      (question.type === 'text' && typeof value === 'string') ||
      (question.type === 'single' && typeof value === 'string' && options.has(value)) ||
      (question.type === 'multiple' && Array.isArray(value) && value.every((v) => options.has(v))) ||
      (question.type === 'checkbox' && typeof value === 'boolean');
    if (!isRightType) {
      const expected = {
        text: 'text',
        single: 'one of the options',
        multiple: 'a list of the options',
        checkbox: 'true or false',
      };
      errors.push({ field, code: 'field.invalid', message: `must be ${expected[question.type]}` });
    }
  }
  return errors;
}

/** Panels must be the event's own. */
export async function checkPanels(tx: Queryable, eventId: string, panels: string[]): Promise<FieldError[]> {
  if (panels.length === 0) return [];
  const rooms = new Set((await listPanelRooms(tx, eventId)).map((r) => r.id));
  return panels.every((id) => rooms.has(id))
    ? []
    : [{ field: 'panels', code: 'field.not_found', message: 'names a panel this event does not have' }];
}

export function refuseIfAny(errors: FieldError[]): void {
  if (errors.length === 0) return;
  throw new AppError('validation.failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

export async function register(options: {
  db: Db;
  /** The signed-in account, if any: the registration is theirs when it uses their address. */
  account: { id: string; email: string } | null;
  slug: string;
  input: RegistrationInput;
  links: LinkSettings;
  /** The request's Idempotency-Key, recorded with the row. */
  idempotency?: IdempotencyClaim | null;
}): Promise<RegistrationCreated> {
  const { db, input, account } = options;
  // A filled honeypot is a bot: refuse before touching anything.
  if (input.website) {
    throw new AppError('registration.rejected', 'The registration was rejected.', [
      { field: 'website', code: 'field.must_be_empty', message: 'must be empty' },
    ]);
  }
  const ctx = await loadRecentPlacement(db, options.slug, options.links);
  if (!ctx.form.isOpen) {
    throw new AppError('registration.closed', 'Registration for this event is closed.');
  }
  const category = input.category ?? defaultCategory(ctx.form);
  const categoryErrors = publicCategories(ctx.form).some((c) => c.key === category)
    ? []
    : [{ field: 'category', code: 'field.not_found' as const, message: 'is not a category open for registration' }];
  refuseIfAny([
    ...categoryErrors,
    ...checkAnswers(ctx.form, input.answers ?? {}),
    ...(await checkPanels(db, ctx.event.id, input.panels ?? [])),
  ]);
  const person = admissionOf(input, {
    category,
    consentVersion: ctx.form.privacyVersion,
    accountId: account && account.email === input.email ? account.id : null,
    actorId: account?.id ?? null,
  });
  return answerOf(await admitSoon(db, ctx, person, options.idempotency));
}

/** A registration as its registrant and the organizers see it, given its place on the waiting list. */
export function viewOf(
  row: repo.RegistrationRow,
  eventSlug: string,
  waitlistPosition: number | null,
): RegistrationView {
  return {
    id: row.id,
    eventSlug,
    category: row.category,
    name: row.name,
    email: row.email,
    country: row.country,
    organization: row.organization,
    position: row.position,
    sector: row.sector,
    attendance: row.attendance,
    panels: row.panels,
    answers: row.answers,
    language: row.language,
    status: row.status,
    waitlistPosition,
    decisionReason: row.decisionReason,
    consentVersion: row.consentVersion,
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
    followedOnlineAt: row.followedOnlineAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The same, reading the place on the waiting list. */
export async function presentRegistration(
  db: Queryable,
  row: repo.RegistrationRow,
  eventSlug: string,
): Promise<RegistrationView> {
  return viewOf(row, eventSlug, row.status === 'waitlisted' ? await repo.waitlistPosition(db, row) : null);
}
