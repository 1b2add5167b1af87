import type { ProgrammeDraft, SessionInput, SessionType, SessionView } from '../../../../shared/programme.js';
import type { FieldError } from '../../../lib/api.js';
import { type StreamKind, streamKind } from '../../../lib/contract.js';
import { localized, newKey, type TwoLanguages, twoLanguages } from '../../../ui/localized.js';
import { fromZonedInput, toZonedInput } from '../../../ui/time.js';

/** The session form's values: times are wall-clock times in the EVENT's zone, whatever the organizer's own zone. */
export interface SessionFormValues {
  type: SessionType;
  title: TwoLanguages;
  description: TwoLanguages;
  roomId: string;
  startsAt: string;
  endsAt: string;
  /** Blank: the room's capacity. */
  capacity: string;
  themeId: string;
  speakerIds: string[];
  moderatorId: string;
  streams: StreamItem[];
}

/** One stream, interpretation channel or caption track in the form. */
export interface StreamItem {
  key: string;
  language: string;
  kind: StreamKind;
  url: string;
}

export function emptySession(draft: ProgrammeDraft): SessionFormValues {
  // A new session starts where the event does, in its first room: the organizer moves it from there.
  const start = toZonedInput(draft.event.startsAt, draft.event.timeZone);
  return {
    type: 'panel',
    title: { en: '', id: '' },
    description: { en: '', id: '' },
    roomId: draft.rooms[0]?.id ?? '',
    startsAt: start,
    endsAt: start,
    capacity: '',
    themeId: '',
    speakerIds: [],
    moderatorId: '',
    streams: [],
  };
}

export function valuesFromSession(session: SessionView, draft: ProgrammeDraft): SessionFormValues {
  const room = draft.rooms.find((r) => r.id === session.roomId);
  const timeZone = draft.event.timeZone;
  return {
    type: session.type,
    title: twoLanguages(session.title),
    description: twoLanguages(session.description),
    roomId: session.roomId,
    startsAt: toZonedInput(session.startsAt, timeZone),
    endsAt: toZonedInput(session.endsAt, timeZone),
    // The view gives the room's capacity where the session has none of its own.
    capacity: room && room.capacity === session.capacity ? '' : String(session.capacity),
    themeId: session.themeId ?? '',
    speakerIds: [...session.speakerIds],
    moderatorId: session.moderatorId ?? '',
    streams: session.streams.map((stream) => ({
      key: newKey(),
      language: stream.language,
      kind: streamKind(stream),
      url: stream.url,
    })),
  };
}

/** What the API takes; the times become instants with the event's offset, the languages not edited are kept. */
export function toSessionInput(values: SessionFormValues, timeZone: string, original?: SessionView): SessionInput {
  const capacity = values.capacity.trim();
  return {
    type: values.type,
    title: localized(values.title, original?.title),
    description: localized(values.description, original?.description),
    roomId: values.roomId,
    // A blank time is sent as it is, for the server to name the field.
    startsAt: fromZonedInput(values.startsAt, timeZone) ?? values.startsAt,
    endsAt: fromZonedInput(values.endsAt, timeZone) ?? values.endsAt,
    capacity: capacity === '' ? null : Number(capacity),
    themeId: values.themeId || null,
    speakerIds: values.speakerIds,
    moderatorId: values.moderatorId || null,
    streams: values.streams.map(({ language, kind, url }) => ({ language, kind, url: url.trim() })),
  };
}

/** What the organizer can see is wrong before sending (messages are translation keys); the server checks all again. */
export function checkSessionForm(values: SessionFormValues, timeZone: string): FieldError[] {
  const errors: FieldError[] = [];
  const require = (isFine: boolean, field: string, message: string) => {
    if (!isFine) errors.push({ field, message });
  };
  require(values.title.en.trim() !== '', 'title.en', 'validation.englishRequired');
  require(values.roomId !== '', 'roomId', 'validation.required');
  const startsAt = fromZonedInput(values.startsAt, timeZone);
  const endsAt = fromZonedInput(values.endsAt, timeZone);
  require(startsAt !== null, 'startsAt', 'validation.dateRequired');
  require(endsAt !== null, 'endsAt', 'validation.dateRequired');
  if (startsAt && endsAt) require(Date.parse(endsAt) > Date.parse(startsAt), 'endsAt', 'validation.endsAfterStart');
  require(values.capacity.trim() === '' || /^\d{1,7}$/.test(values.capacity.trim()), 'capacity', 'validation.capacity');
  require(!values.moderatorId ||
    !values.speakerIds.includes(values.moderatorId), 'moderatorId', 'programme.editor.moderatorIsSpeaker');
  return errors;
}
