import { z } from 'zod';
import { EVENT_MODES, RESERVED_SLUGS } from './constants.js';
import { instantSchema, localizedText, nameSchema, newSlugSchema, textSchema } from './text.js';

export { EVENT_MODES } from './constants.js';
export type { LocalizedText } from './text.js';

export const venueSchema = z.strictObject({
  name: nameSchema(200),
  city: textSchema(120, { isTrimmed: true }).default(''),
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as ID'),
});
export type Venue = z.infer<typeof venueSchema>;

export const timeZoneSchema = z.string().max(64).refine(isTimeZone, 'an IANA time zone such as Asia/Makassar');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

const titled = z.strictObject({ id: z.uuid().optional(), title: localizedText(300) });
const roomInput = z.strictObject({
  id: z.uuid().optional(),
  name: localizedText(120),
  capacity: z.number().int().min(0).max(1_000_000),
});

const eventFields = {
  name: localizedText(200),
  theme: localizedText(300),
  description: localizedText(5000, false),
  startsAt: instantSchema,
  endsAt: instantSchema,
  timeZone: timeZoneSchema,
  venue: venueSchema,
  mode: z.enum(EVENT_MODES),
  invitedCountries: z.array(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 codes')).max(250),
  statementThemes: z.array(titled).max(20),
  focusAreas: z.array(titled).max(50),
  rooms: z.array(roomInput).max(200),
};

const endsAfterStart = (e: { startsAt?: string; endsAt?: string }) =>
  e.startsAt === undefined || e.endsAt === undefined || Date.parse(e.endsAt) > Date.parse(e.startsAt);
const endsAfterStartIssue = { message: 'the event must end after it starts', path: ['endsAt'] };

export const createEventSchema = z
  .strictObject({
    slug: newSlugSchema().refine(
      (slug) => !(RESERVED_SLUGS as readonly string[]).includes(slug),
      'is reserved; choose another',
    ),
    ...eventFields,
    description: eventFields.description.default({}),
    invitedCountries: eventFields.invitedCountries.default([]),
    statementThemes: eventFields.statementThemes.default([]),
    focusAreas: eventFields.focusAreas.default([]),
    rooms: eventFields.rooms.default([]),
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type CreateEventInput = z.infer<typeof createEventSchema>;

export const updateEventSchema = z.strictObject(eventFields).partial().refine(endsAfterStart, endsAfterStartIssue);
export type UpdateEventInput = z.infer<typeof updateEventSchema>;

const titledView = z.object({ id: z.uuid(), title: z.record(z.string(), z.string()) });

export const eventViewSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.record(z.string(), z.string()),
  theme: z.record(z.string(), z.string()),
  description: z.record(z.string(), z.string()),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  venue: z.object({ name: z.string(), city: z.string(), country: z.string() }),
  mode: z.enum(EVENT_MODES),
  invitedCountries: z.array(z.string()),
  statementThemes: z.array(titledView),
  focusAreas: z.array(titledView),
  rooms: z.array(z.object({ id: z.uuid(), name: z.record(z.string(), z.string()), capacity: z.number() })),
  updatedAt: z.string(),
});
export type EventView = z.infer<typeof eventViewSchema>;

export const eventSummarySchema = eventViewSchema.pick({
  id: true,
  slug: true,
  name: true,
  theme: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  mode: true,
});
export type EventSummary = z.infer<typeof eventSummarySchema>;
