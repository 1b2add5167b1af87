import { z } from 'zod';
import { ATTENDANCES, LANGUAGES, QUESTION_TYPES, REGISTRATION_STATUSES, SECTORS } from './constants.js';
import { isCountryCode } from './countries.js';
import { listOf } from './envelopes.js';
import { timeZoneSchema } from './events.js';
import { instantSchema, localizedText, nameSchema, textSchema, tokenSchema } from './text.js';

export {
  ATTENDANCES,
  type Attendance,
  QUESTION_TYPES,
  type QuestionType,
  REGISTRATION_STATUSES,
  type RegistrationStatus,
  SECTORS,
  type Sector,
} from './constants.js';
export { isAskedOf, windowState } from './registrationRules.js';

/** The privacy notice a person consents to when the event has not written its own. */
export const CONSENT_VERSION = '2026-11';

/** Keys of categories, questions and options: stable identifiers scripts can use. */
export const keySchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _, from a letter');
export const countrySchema = z.string().refine(isCountryCode, 'an ISO 3166-1 alpha-2 code such as ID');
const personName = nameSchema(200);
const organization = nameSchema(200);
const position = textSchema(200, { isTrimmed: true });
const answerValue = z.union([textSchema(2000), z.boolean(), z.number().finite(), z.array(textSchema(200)).max(50)]);
export const answersSchema = z.record(textSchema(60), answerValue);
export type Answers = z.infer<typeof answersSchema>;

/** The public, stable contract of POST /api/events/:slug/registrations: other systems script against it. */
export const registrationInputSchema = z.strictObject({
  name: personName,
  email: z
    .email()
    .max(254)
    .transform((email) => email.toLowerCase()),
  country: countrySchema,
  organization,
  position: position.optional(),
  sector: z.enum(SECTORS),
  attendance: z.enum(ATTENDANCES),
  consent: z.literal(true, 'consent to the privacy notice is required'),
  category: keySchema.optional(),
  answers: answersSchema.optional(),
  panels: z.array(z.uuid()).max(100).optional(),
  language: z.enum(LANGUAGES).optional(),
  /** The registrant's IANA time zone (the form sends the browser's): their mails give the event's time in it. */
  timeZone: timeZoneSchema.optional(),
  /** A honeypot: hidden from people, filled by bots. */
  website: textSchema(500).optional(),
});
export type RegistrationInput = z.infer<typeof registrationInputSchema>;

export const registrationCreatedSchema = z.object({ id: z.uuid(), status: z.enum(REGISTRATION_STATUSES) });
export type RegistrationCreated = z.infer<typeof registrationCreatedSchema>;

// --- The form an event's organizers configure -------------------------------------------

export const categorySchema = z.strictObject({
  key: keySchema,
  name: localizedText(80),
  /** In-person places of this category wait for the secretariat's approval. */
  needsAccreditation: z.boolean(),
  /** Hidden categories (delegates, staff) are given by organizers, not chosen on the public form. */
  isPublic: z.boolean(),
});
export type Category = z.infer<typeof categorySchema>;

const uniqueKeys = (items: { key: string }[]) => new Set(items.map((i) => i.key)).size === items.length;

const boundSchema = z.number().finite().min(-1e12).max(1e12).nullable().optional();

export const questionSchema = z
  .strictObject({
    key: keySchema,
    label: localizedText(300),
    type: z.enum(QUESTION_TYPES),
    options: z
      .array(z.strictObject({ key: keySchema, label: localizedText(200) }))
      .max(50)
      .refine(uniqueKeys, 'each option needs a key of its own'),
    isRequired: z.boolean(),
    /** A number's least and greatest answer; null or absent: none. */
    min: boundSchema,
    max: boundSchema,
    /** The categories asked this question; empty or absent: every category. */
    categories: z.array(keySchema).max(30).optional(),
  })
  // A choice with nothing to choose could never be answered, and a required one would lock the form.
  .refine((q) => (q.type !== 'single' && q.type !== 'multiple') || q.options.length > 0, {
    message: 'a choice needs at least one option',
    path: ['options'],
  })
  .refine((q) => q.min == null || q.max == null || q.min <= q.max, {
    message: 'the least answer must not be greater than the greatest',
    path: ['max'],
  });
export type Question = z.infer<typeof questionSchema>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (value: string) =>
  DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * What a given (non-empty) answer to the question must be, by its type: the one rule the
 * public form, a registrant's change and an import all follow.
 */
export function answerSchemaOf(question: Question): z.ZodType {
  const options = question.options.map((o) => o.key);
  switch (question.type) {
    case 'single':
      return z.string().refine((v) => options.includes(v), 'must be one of the options');
    case 'multiple':
      return z.array(z.string()).refine((v) => v.every((o) => options.includes(o)), 'must be a list of the options');
    case 'checkbox':
      return z.boolean('must be true or false');
    case 'number': {
      let number = z.number('must be a number');
      if (question.min != null) number = number.min(question.min, `must be at least ${question.min}`);
      if (question.max != null) number = number.max(question.max, `must be at most ${question.max}`);
      return number;
    }
    case 'date':
      return z.string().refine(isCalendarDate, 'must be a date such as 2030-01-31');
    case 'country':
      return countrySchema;
    case 'email':
      return z.email('must be an e-mail address').max(254);
    default:
      return z.string('must be text');
  }
}

export const registrationFormSchema = z
  .strictObject({
    isOpen: z.boolean(),
    /** The registration window: before `opensAt` and from `closesAt` on, the public form refuses. Null: no limit. */
    opensAt: instantSchema.nullable().default(null),
    closesAt: instantSchema.nullable().default(null),
    categories: z.array(categorySchema).min(1).max(30).refine(uniqueKeys, 'each category needs a key of its own'),
    questions: z.array(questionSchema).max(50).refine(uniqueKeys, 'each question needs a key of its own'),
    privacyNotice: localizedText(20_000),
    /** Bumped by the organizers when the notice changes; each registration records the version it agreed to. */
    privacyVersion: nameSchema(40),
    /** In-person places; null: the capacity of the event's first room (the plenary). */
    inPersonCapacity: z.number().int().min(0).max(1_000_000).nullable(),
  })
  .refine((f) => !f.opensAt || !f.closesAt || Date.parse(f.opensAt) < Date.parse(f.closesAt), {
    message: 'must come after the opening',
    path: ['closesAt'],
  })
  .refine((f) => f.questions.every((q) => (q.categories ?? []).every((c) => f.categories.some((k) => k.key === c))), {
    message: 'a question names a category this form does not have',
    path: ['questions'],
  });
export type RegistrationForm = z.infer<typeof registrationFormSchema>;

/** What the public form shows: the configured form, the panels to choose from and the places left. */
export const registrationFormViewSchema = registrationFormSchema.safeExtend({
  panels: z.array(z.object({ id: z.uuid(), name: z.record(z.string(), z.string()) })),
  inPersonPlaces: z.number().int(),
  inPersonConfirmed: z.number().int(),
});
export type RegistrationFormView = z.infer<typeof registrationFormViewSchema>;

// --- A registration as its registrant and the organizers see it --------------------------

export const registrationViewSchema = z.object({
  id: z.uuid(),
  eventSlug: z.string(),
  category: z.string(),
  name: z.string(),
  email: z.string(),
  country: z.string(),
  organization: z.string(),
  position: z.string().nullable(),
  sector: z.enum(SECTORS),
  attendance: z.enum(ATTENDANCES),
  panels: z.array(z.string()),
  answers: answersSchema,
  language: z.enum(LANGUAGES),
  status: z.enum(REGISTRATION_STATUSES),
  /** 1 for the first in line; null unless waitlisted. */
  waitlistPosition: z.number().int().nullable(),
  decisionReason: z.string().nullable(),
  consentVersion: z.string(),
  checkedInAt: z.string().nullable(),
  /** The first time they followed a session online. */
  followedOnlineAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RegistrationView = z.infer<typeof registrationViewSchema>;

/** What a registrant may change of their own registration. */
export const registrationUpdateSchema = z
  .strictObject({
    name: personName,
    country: countrySchema,
    organization,
    position: position.nullable(),
    sector: z.enum(SECTORS),
    attendance: z.enum(ATTENDANCES),
    panels: z.array(z.uuid()).max(100),
    answers: answersSchema,
    language: z.enum(LANGUAGES),
  })
  .partial();
export type RegistrationUpdate = z.infer<typeof registrationUpdateSchema>;

/** The personal link of the confirmation mail, exchanged for a session. */
export const registrationLinkSchema = z.strictObject({ token: tokenSchema(100).min(20) });

export const DECISIONS = ['approve', 'decline'] as const;
export const decisionSchema = z.strictObject({
  ids: z.array(z.uuid()).min(1).max(1000),
  decision: z.enum(DECISIONS),
  reason: textSchema(1000, { isTrimmed: true }).optional(),
});
export type DecisionInput = z.infer<typeof decisionSchema>;
export const decisionResultSchema = listOf(
  'changed',
  z.object({ id: z.uuid(), status: z.enum(REGISTRATION_STATUSES) }),
);

/** Erasing every registrant's personal data at once: the event's address, typed again, confirms it. */
export const eraseAllSchema = z.strictObject({ confirm: textSchema(60) });
export const eraseAllResultSchema = z.object({ count: z.number().int(), accountsErased: z.number().int() });
