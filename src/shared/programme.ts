import { z } from 'zod';
import { LANGUAGES, SESSION_TYPES } from './constants.js';
import { listOf } from './envelopes.js';
import { STREAM_KINDS } from './media.js';
import { countrySchema } from './registration.js';
import { instantSchema, localizedText, nameSchema, refuseUnsafeText, textSchema } from './text.js';

export {
  SESSION_ROLES,
  SESSION_TYPES,
  type SessionRole,
  type SessionType,
} from './constants.js';

/** An address on the web (https), or on this machine (http on a loopback address) for a rehearsal. */
const mediaUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .check(refuseUnsafeText)
  .refine(
    (url) => url.startsWith('https://') || /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?\//.test(url),
    'must start with https:// (or http:// on this machine, for a rehearsal)',
  );

export { STREAM_KINDS, type StreamKind, streamKind, watchable } from './media.js';

/** A session's stream, interpretation channel or caption track in one language (`floor`: the room's own). */
export const streamSchema = z.strictObject({
  language: z
    .enum(LANGUAGES)
    .or(z.literal('floor'))
    .or(z.string().regex(/^[a-z]{2,3}$/)),
  /** Read from the address when not given (see streamKind). */
  kind: z.enum(STREAM_KINDS).optional(),
  url: mediaUrl,
});
export type Stream = z.infer<typeof streamSchema>;

// ---- What organizers send ----

export const speakerInputSchema = z.strictObject({
  name: nameSchema(200),
  title: textSchema(300, { isTrimmed: true }).default(''),
  organization: textSchema(300, { isTrimmed: true }).default(''),
  country: countrySchema.nullable().default(null),
  bio: localizedText(3000, false).default({}),
});
export type SpeakerInput = z.input<typeof speakerInputSchema>;
export const speakerPatchSchema = speakerInputSchema.partial();

/** Photos people upload: checked by their bytes, not their name, and resized on the server. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

const sessionFields = {
  type: z.enum(SESSION_TYPES),
  title: localizedText(300),
  description: localizedText(5000, false),
  roomId: z.uuid(),
  /** ISO 8601 with offset; the browser sends event time with the event's offset. */
  startsAt: instantSchema,
  endsAt: instantSchema,
  /** Null: the room's capacity. */
  capacity: z.number().int().min(0).max(1_000_000).nullable(),
  themeId: z.uuid().nullable(),
  speakerIds: z.array(z.uuid()).max(50),
  moderatorId: z.uuid().nullable(),
  streams: z.array(streamSchema).max(20),
};

const endsAfterStart = (s: { startsAt?: string; endsAt?: string }) =>
  s.startsAt === undefined || s.endsAt === undefined || Date.parse(s.endsAt) > Date.parse(s.startsAt);
const endsAfterStartIssue = { message: 'the session must end after it starts', path: ['endsAt'] };

export const sessionInputSchema = z
  .strictObject({
    ...sessionFields,
    description: sessionFields.description.default({}),
    capacity: sessionFields.capacity.default(null),
    themeId: sessionFields.themeId.default(null),
    speakerIds: sessionFields.speakerIds.default([]),
    moderatorId: sessionFields.moderatorId.default(null),
    streams: sessionFields.streams.default([]),
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type SessionInput = z.input<typeof sessionInputSchema>;
export const sessionPatchSchema = z.strictObject(sessionFields).partial().refine(endsAfterStart, endsAfterStartIssue);

// ---- What everyone reads: a published programme (and the organizers' draft, in the same shape) ----

export const speakerViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  title: z.string(),
  organization: z.string(),
  country: z.string().nullable(),
  bio: z.record(z.string(), z.string()),
  /** Path of the photo, changing with the photo, or null. */
  photoUrl: z.string().nullable(),
});
export type SpeakerView = z.infer<typeof speakerViewSchema>;

export const sessionViewSchema = z.object({
  id: z.uuid(),
  type: z.enum(SESSION_TYPES),
  title: z.record(z.string(), z.string()),
  description: z.record(z.string(), z.string()),
  roomId: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** The session's own capacity, else the room's. */
  capacity: z.number().int(),
  themeId: z.uuid().nullable(),
  speakerIds: z.array(z.uuid()),
  moderatorId: z.uuid().nullable(),
  streams: z.array(z.object({ language: z.string(), kind: z.enum(STREAM_KINDS).optional(), url: z.string() })),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const publishedProgrammeSchema = z.object({
  event: z.object({
    id: z.uuid(),
    slug: z.string(),
    name: z.record(z.string(), z.string()),
    theme: z.record(z.string(), z.string()),
    timeZone: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    venue: z.object({ name: z.string(), city: z.string(), country: z.string() }),
  }),
  /** 0 while nothing is published; each publication adds one. */
  version: z.number().int().min(0),
  publishedAt: z.string().nullable(),
  rooms: z.array(z.object({ id: z.uuid(), name: z.record(z.string(), z.string()), capacity: z.number().int() })),
  themes: z.array(z.object({ id: z.uuid(), title: z.record(z.string(), z.string()) })),
  /** Ordered by start, then room position. */
  sessions: z.array(sessionViewSchema),
  speakers: z.array(speakerViewSchema),
});
export type PublishedProgramme = z.infer<typeof publishedProgrammeSchema>;

export const PROGRAMME_CHANGE_KINDS = ['added', 'changed', 'removed'] as const;
export const PROGRAMME_CHANGE_SUBJECTS = ['session', 'speaker'] as const;
/** One line of the changelog: a session or speaker added, changed (which fields) or removed. */
export const programmeChangeSchema = z.object({
  kind: z.enum(PROGRAMME_CHANGE_KINDS),
  subject: z.enum(PROGRAMME_CHANGE_SUBJECTS),
  /** The session's or speaker's id. */
  id: z.uuid(),
  /** The session's title, or the speaker's name (as { en: name }). */
  title: z.record(z.string(), z.string()),
  /** For 'changed': what changed (title, description, type, room, time, speakers, capacity, theme, streams; or name, title, organization, country, bio, photo). */
  fields: z.array(z.string()),
});
export type ProgrammeChange = z.infer<typeof programmeChangeSchema>;

export const programmeVersionSchema = z.object({
  version: z.number().int(),
  publishedAt: z.string(),
  changes: z.array(programmeChangeSchema),
});
export const changelogSchema = listOf('versions', programmeVersionSchema);

/** The organizers' working copy, with what publishing it would change. */
export const programmeDraftSchema = publishedProgrammeSchema.extend({
  pendingChanges: z.array(programmeChangeSchema),
});
export type ProgrammeDraft = z.infer<typeof programmeDraftSchema>;

// ---- A person's agenda ----

export const agendaSchema = z.object({
  sessionIds: z.array(z.uuid()),
  /** The secret calendar address of the agenda (anyone holding it can read the agenda); null until the first session is added. */
  feedUrl: z.string().nullable(),
});
export type Agenda = z.infer<typeof agendaSchema>;
