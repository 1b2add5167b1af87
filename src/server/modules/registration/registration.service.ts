import type {
  Answers,
  RegistrationCreated,
  RegistrationForm,
  RegistrationInput,
  RegistrationView,
} from '../../../shared/registration.js';
import { answerSchemaOf } from '../../../shared/registration.js';
import { isAskedOf, windowState } from '../../../shared/registrationRules.js';
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

/**
 * Answers checked against the event's questions: only those asked of the category, required
 * ones given, each of its type (the shared rule).
 */
export function checkAnswers(form: RegistrationForm, answers: Answers, category: string): FieldError[] {
  const errors: FieldError[] = [];
  const asked = form.questions.filter((q) => isAskedOf(q, category));
  const known = new Set(asked.map((q) => q.key));
  for (const key of Object.keys(answers)) {
    if (known.has(key)) continue;
    const message = form.questions.some((q) => q.key === key)
      ? 'is not asked of this category'
      : 'is not a question of this form';
    errors.push({ field: `answers.${key}`, code: 'field.unknown_key', message });
  }
  for (const question of asked) {
    const field = `answers.${question.key}`;
    const value = answers[question.key];
    const isEmpty = value === undefined || value === '' || value === false || (Array.isArray(value) && !value.length);
    if (isEmpty) {
      if (question.isRequired) errors.push({ field, code: 'field.required', message: 'is required' });
      continue;
    }
    const checked = answerSchemaOf(question).safeParse(value);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const code =
        issue?.code === 'too_big'
          ? 'field.too_large'
          : issue?.code === 'too_small'
            ? 'field.too_small'
            : 'field.invalid';
      errors.push({ field, code, message: issue?.message ?? 'is not valid' });
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
  const window = windowState(ctx.form, Date.now());
  if (window === 'not_yet_open') {
    throw new AppError('registration.not_yet_open', `Registration for this event opens at ${ctx.form.opensAt}.`);
  }
  if (window === 'ended') {
    throw new AppError('registration.window_ended', `Registration for this event closed at ${ctx.form.closesAt}.`);
  }
  const category = input.category ?? defaultCategory(ctx.form);
  const categoryErrors = publicCategories(ctx.form).some((c) => c.key === category)
    ? []
    : [{ field: 'category', code: 'field.not_found' as const, message: 'is not a category open for registration' }];
  refuseIfAny([
    ...categoryErrors,
    ...checkAnswers(ctx.form, input.answers ?? {}, category),
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
