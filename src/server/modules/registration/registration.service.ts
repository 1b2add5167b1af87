import type {
  Answers,
  Attendance,
  RegistrationCreated,
  RegistrationForm,
  RegistrationInput,
  RegistrationStatus,
  RegistrationView,
  Sector,
} from '../../../shared/registration.js';
import type { Language } from '../../../shared/text.js';
import { pickText } from '../../../shared/text.js';
import { recordAudit } from '../../core/audit/audit.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError, type FieldError } from '../../core/errors.js';
import { enqueueMail } from '../../core/mail/outbox.js';
import { type LinkSettings, loadPlacement } from './form.service.js';
import { newCheckInCode, newLinkKey } from './link.js';
import { linkOf, needsAccreditation, type PlacementContext, placeInPerson } from './placement.js';
import * as repo from './registration.repo.js';

/** One person to admit, from the public form or an organizer's import. */
export interface Admission {
  name: string;
  email: string;
  country: string;
  organization: string;
  position: string | null;
  sector: Sector;
  attendance: Attendance;
  category: string;
  panels: string[];
  answers: Answers;
  language: Language;
  consentVersion: string;
  accountId: string | null;
}

export const duplicateEmail = () =>
  new AppError('conflict', 'registration.duplicate_email', 'This e-mail address is already registered for the event.', [
    { field: 'email', message: 'is already registered' },
  ]);

/** PostgreSQL and PGlite both report a unique violation as SQLSTATE 23505, perhaps wrapped by Drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Object; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/** Where a new person starts: virtual at once; in person after accreditation, or while places last. */
async function initialStatus(tx: Queryable, ctx: PlacementContext, person: Admission): Promise<RegistrationStatus> {
  if (person.attendance === 'virtual') return 'confirmed';
  if (needsAccreditation(ctx.form, person.category)) return 'pending';
  // The lock makes in-person registrations of one event decide one after another; virtual ones never wait for it.
  await repo.lockEvent(tx, ctx.event.id);
  return placeInPerson(tx, ctx);
}

/**
 * Admits people in the caller's transaction: each gets a status, a personal link and a
 * check-in code, a confirmation mail and an audit row. A repeated e-mail address fails
 * the transaction with the unique key (callers turn it into 409).
 */
export async function admitRegistrations(
  tx: Queryable,
  ctx: PlacementContext,
  people: Admission[],
  options: { actorId: string | null; source: 'form' | 'import' },
): Promise<repo.RegistrationRow[]> {
  const admitted: repo.RegistrationRow[] = [];
  for (const person of people) {
    const status = await initialStatus(tx, ctx, person);
    const row = await repo.insertRegistration(tx, {
      ...person,
      eventId: ctx.event.id,
      consentedAt: new Date(),
      status,
      linkKey: newLinkKey(),
      checkInCode: newCheckInCode(),
    });
    await enqueueMail(tx, {
      to: row.email,
      template: 'registration_received',
      language: row.language,
      eventId: ctx.event.id,
      params: { name: row.name, event: pickText(ctx.event.name, row.language), status, link: linkOf(ctx, row) },
    });
    await recordAudit(tx, {
      eventId: ctx.event.id,
      actorId: options.actorId,
      action: 'registration.created',
      entityType: 'registration',
      entityId: row.id,
      summary: { status, attendance: row.attendance, category: row.category, source: options.source },
    });
    admitted.push(row);
  }
  return admitted;
}

const publicCategories = (form: RegistrationForm) => form.categories.filter((c) => c.isPublic);

/** Answers checked against the event's questions: required ones given, choices among the options. */
export function checkAnswers(form: RegistrationForm, answers: Answers): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(form.questions.map((q) => q.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) errors.push({ field: `answers.${key}`, message: 'is not a question of this form' });
  }
  for (const question of form.questions) {
    const field = `answers.${question.key}`;
    const value = answers[question.key];
    const options = new Set(question.options.map((o) => o.key));
    const isEmpty = value === undefined || value === '' || value === false || (Array.isArray(value) && !value.length);
    if (isEmpty) {
      if (question.isRequired) errors.push({ field, message: 'is required' });
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
      errors.push({ field, message: `must be ${expected[question.type]}` });
    }
  }
  return errors;
}

/** Panels must be the event's own. */
export async function checkPanels(tx: Queryable, eventId: string, panels: string[]): Promise<FieldError[]> {
  if (panels.length === 0) return [];
  const rooms = new Set((await repo.listRooms(tx, eventId)).slice(1).map((r) => r.id));
  return panels.every((id) => rooms.has(id))
    ? []
    : [{ field: 'panels', message: 'names a panel this event does not have' }];
}

export function refuseIfAny(errors: FieldError[]): void {
  if (errors.length === 0) return;
  throw new AppError(
    'bad_request',
    'validation.failed',
    errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  );
}

export async function register(options: {
  db: Db;
  /** The signed-in account, if any: the registration is theirs when it uses their address. */
  account: { id: string; email: string } | null;
  slug: string;
  input: RegistrationInput;
  links: LinkSettings;
}): Promise<RegistrationCreated> {
  const { db, input, account } = options;
  // A filled honeypot is a bot: refuse before touching anything.
  if (input.website) {
    throw new AppError('bad_request', 'registration.rejected', 'The registration was rejected.', [
      { field: 'website', message: 'must be empty' },
    ]);
  }
  const ctx = await loadPlacement(db, options.slug, options.links);
  if (!ctx.form.isOpen) {
    throw new AppError('bad_request', 'registration.closed', 'Registration for this event is closed.');
  }
  const category = input.category ?? publicCategories(ctx.form)[0]?.key ?? 'participant';
  const categoryErrors = publicCategories(ctx.form).some((c) => c.key === category)
    ? []
    : [{ field: 'category', message: 'is not a category open for registration' }];
  refuseIfAny([
    ...categoryErrors,
    ...checkAnswers(ctx.form, input.answers ?? {}),
    ...(await checkPanels(db, ctx.event.id, input.panels ?? [])),
  ]);
  const person: Admission = {
    name: input.name,
    email: input.email,
    country: input.country,
    organization: input.organization,
    position: input.position || null,
    sector: input.sector,
    attendance: input.attendance,
    category,
    panels: input.panels ?? [],
    answers: input.answers ?? {},
    language: input.language ?? 'en',
    consentVersion: ctx.form.privacyVersion,
    accountId: account && account.email === input.email ? account.id : null,
  };
  try {
    const [row] = await db.transaction((tx) =>
      admitRegistrations(tx, ctx, [person], { actorId: account?.id ?? null, source: 'form' }),
    );
    if (!row) throw new Error('admission returned nothing');
    return { id: row.id, status: row.status };
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateEmail();
    throw error;
  }
}

/** A registration as its registrant and the organizers see it; erased ones carry no personal data. */
export async function presentRegistration(
  db: Queryable,
  row: repo.RegistrationRow,
  eventSlug: string,
): Promise<RegistrationView> {
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
    waitlistPosition: row.status === 'waitlisted' ? await repo.waitlistPosition(db, row) : null,
    decisionReason: row.decisionReason,
    consentVersion: row.consentVersion,
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
