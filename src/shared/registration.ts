import { z } from 'zod';
import { LANGUAGES } from './constants.js';

export const SECTORS = ['government', 'private', 'academia', 'civil_society', 'media', 'other'] as const;
export const ATTENDANCES = ['in_person', 'virtual'] as const;
export const REGISTRATION_STATUSES = ['pending', 'confirmed', 'waitlisted', 'declined', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** The privacy notice a person consents to; bumped when the notice changes. */
export const CONSENT_VERSION = '2026-11';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** An ISO 3166-1 alpha-2 code that Intl knows; "ZZ"-like unknown codes have no display name. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  try {
    return countryNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

/** The public, stable contract of POST /api/events/:slug/registrations: other systems script against it. */
export const registrationInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z
    .email()
    .max(254)
    .transform((email) => email.toLowerCase()),
  country: z.string().refine(isCountryCode, 'an ISO 3166-1 alpha-2 code such as ID'),
  organization: z.string().trim().min(1).max(200),
  position: z.string().trim().max(200).optional(),
  sector: z.enum(SECTORS),
  attendance: z.enum(ATTENDANCES),
  consent: z.literal(true, 'consent to the privacy notice is required'),
  category: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/)
    .optional(),
  answers: z
    .record(z.string().max(60), z.union([z.string().max(2000), z.boolean(), z.array(z.string().max(200)).max(50)]))
    .optional(),
  panels: z.array(z.uuid()).max(100).optional(),
  language: z.enum(LANGUAGES).optional(),
  /** A honeypot: hidden from people, filled by bots. */
  website: z.string().max(500).optional(),
});
export type RegistrationInput = z.infer<typeof registrationInputSchema>;

export const registrationCreatedSchema = z.object({ id: z.uuid(), status: z.enum(REGISTRATION_STATUSES) });
export type RegistrationCreated = z.infer<typeof registrationCreatedSchema>;
