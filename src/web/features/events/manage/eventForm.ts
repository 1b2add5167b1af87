import type { EventView } from '../../../../shared/events.js';
import type { LocalizedText } from '../../../../shared/text.js';
import { EVENT_MODES } from '../../../lib/contract.js';
import { localized, type TitledItem, type TwoLanguages, twoLanguages } from '../../../ui/localized.js';
import { fromZonedInput, toZonedInput, viewerTimeZone } from '../../../ui/time.js';

export type EventMode = (typeof EVENT_MODES)[number];

export interface RoomItem {
  key: string;
  id?: string;
  name: TwoLanguages;
  capacity: string;
}

export interface EventFormValues {
  slug: string;
  name: TwoLanguages;
  theme: TwoLanguages;
  description: TwoLanguages;
  /** Wall-clock times in the event's zone, as datetime-local inputs hold them. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venue: { name: string; city: string; country: string };
  mode: EventMode;
  invitedCountries: string[];
  statementThemes: TitledItem[];
  focusAreas: TitledItem[];
  rooms: RoomItem[];
}

export function valuesFromEvent(event: EventView): EventFormValues {
  return {
    slug: event.slug,
    name: twoLanguages(event.name),
    theme: twoLanguages(event.theme),
    description: twoLanguages(event.description),
    startsAt: toZonedInput(event.startsAt, event.timeZone),
    endsAt: toZonedInput(event.endsAt, event.timeZone),
    timeZone: event.timeZone,
    venue: { ...event.venue },
    mode: event.mode,
    invitedCountries: [...event.invitedCountries],
    statementThemes: event.statementThemes.map((t) => ({ key: t.id, id: t.id, title: twoLanguages(t.title) })),
    focusAreas: event.focusAreas.map((a) => ({ key: a.id, id: a.id, title: twoLanguages(a.title) })),
    rooms: event.rooms.map((r) => ({ key: r.id, id: r.id, name: twoLanguages(r.name), capacity: String(r.capacity) })),
  };
}

export function emptyValues(): EventFormValues {
  return {
    slug: '',
    name: { en: '', id: '' },
    theme: { en: '', id: '' },
    description: { en: '', id: '' },
    startsAt: '',
    endsAt: '',
    timeZone: viewerTimeZone(),
    venue: { name: '', city: '', country: 'ID' },
    mode: EVENT_MODES[2],
    invitedCountries: [],
    statementThemes: [],
    focusAreas: [],
    rooms: [],
  };
}

const capacity = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : Number.NaN);

/** What the API takes, from the form; `original` keeps the languages the form does not edit. */
export function toInput(values: EventFormValues, original?: EventView) {
  const titled = (items: TitledItem[], before: { id: string; title: LocalizedText }[] = []) =>
    items.map((item) => ({
      ...(item.id ? { id: item.id } : {}),
      title: localized(item.title, before.find((b) => b.id === item.id)?.title),
    }));
  return {
    name: localized(values.name, original?.name),
    theme: localized(values.theme, original?.theme),
    description: localized(values.description, original?.description),
    // A blank date is sent as it is, for the server to name the field.
    startsAt: fromZonedInput(values.startsAt, values.timeZone) ?? values.startsAt,
    endsAt: fromZonedInput(values.endsAt, values.timeZone) ?? values.endsAt,
    timeZone: values.timeZone,
    venue: { name: values.venue.name.trim(), city: values.venue.city.trim(), country: values.venue.country },
    mode: values.mode,
    invitedCountries: values.invitedCountries,
    statementThemes: titled(values.statementThemes, original?.statementThemes),
    focusAreas: titled(values.focusAreas, original?.focusAreas),
    rooms: values.rooms.map((room) => ({
      ...(room.id ? { id: room.id } : {}),
      name: localized(room.name, original?.rooms.find((r) => r.id === room.id)?.name),
      capacity: capacity(room.capacity),
    })),
  };
}

export type EventInput = ReturnType<typeof toInput>;

/** JSON with sorted keys, so that equal values compare equal whatever their key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/**
 * Only what changed: the audit log then names what the person changed, and a
 * list sent unchanged is not logged as replaced.
 */
export function changedInput(input: EventInput, event: EventView): Partial<EventInput> {
  const before: EventInput = toInput(valuesFromEvent(event), event);
  const changes: Partial<Record<keyof EventInput, unknown>> = {};
  for (const key of Object.keys(input) as (keyof EventInput)[]) {
    const isSameInstant = (key === 'startsAt' || key === 'endsAt') && Date.parse(input[key]) === Date.parse(event[key]);
    if (!isSameInstant && canonical(input[key]) !== canonical(before[key])) changes[key] = input[key];
  }
  return changes as Partial<EventInput>;
}
