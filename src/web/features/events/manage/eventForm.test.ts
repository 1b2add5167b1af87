import { describe, expect, it } from 'vitest';
import type { EventView } from '../../../../shared/events.js';
import { changedInput, toInput, valuesFromEvent } from './eventForm.js';
import { checkEventForm } from './eventValidation.js';

const EVENT: EventView = {
  id: '5f0a561e-0000-4000-8000-000000000001',
  slug: 'icdd-2021',
  name: { en: 'ICDD 2021', id: 'ICDD 2021', fr: 'CIDD 2021' },
  theme: { en: 'Unmasking Digital Diplomacy', id: 'Menyingkap Diplomasi Digital' },
  description: { en: 'About.' },
  startsAt: '2021-11-16T05:00:00.000Z',
  endsAt: '2021-11-16T09:40:00.000Z',
  timeZone: 'Asia/Makassar',
  venue: { name: 'Conrad Bali', city: 'Nusa Dua', country: 'ID' },
  mode: 'hybrid',
  invitedCountries: ['AU', 'ID'],
  statementThemes: [],
  focusAreas: [],
  rooms: [{ id: '5f0a561e-0000-4000-8000-000000000002', name: { en: 'Plenary Hall' }, capacity: 300 }],
  updatedAt: '2021-11-01T00:00:00.000Z',
};

describe('changedInput', () => {
  it('sends nothing when nothing was edited', () => {
    expect(changedInput(toInput(valuesFromEvent(EVENT), EVENT), EVENT)).toEqual({});
  });

  it('sends only the edited field, keeping the languages the form does not edit', () => {
    const values = valuesFromEvent(EVENT);
    values.name.en = 'ICDD 2021 (hybrid)';
    expect(changedInput(toInput(values, EVENT), EVENT)).toEqual({
      name: { en: 'ICDD 2021 (hybrid)', id: 'ICDD 2021', fr: 'CIDD 2021' },
    });
  });

  it('drops a language left blank instead of saving it empty', () => {
    const values = valuesFromEvent(EVENT);
    values.theme.id = '  ';
    expect(changedInput(toInput(values, EVENT), EVENT)).toEqual({ theme: { en: 'Unmasking Digital Diplomacy' } });
  });

  it('reads the times in the event’s zone: a new zone at the same wall clock moves the event', () => {
    const values = valuesFromEvent(EVENT);
    values.timeZone = 'Asia/Jakarta';
    expect(changedInput(toInput(values, EVENT), EVENT)).toEqual({
      timeZone: 'Asia/Jakarta',
      startsAt: '2021-11-16T13:00:00+07:00',
      endsAt: '2021-11-16T17:40:00+07:00',
    });
  });

  it('keeps a room’s id, so that the server updates it rather than replacing it', () => {
    const values = valuesFromEvent(EVENT);
    values.rooms[0] = { ...(values.rooms[0] as (typeof values.rooms)[0]), capacity: '250' };
    expect(changedInput(toInput(values, EVENT), EVENT).rooms).toEqual([
      { id: EVENT.rooms[0]?.id, name: { en: 'Plenary Hall' }, capacity: 250 },
    ]);
  });
});

describe('checkEventForm', () => {
  it('finds nothing wrong with the event as it is', () => {
    expect(checkEventForm(valuesFromEvent(EVENT), false)).toEqual([]);
  });

  it('names each field a person must fix, by the server’s paths', () => {
    const values = valuesFromEvent(EVENT);
    values.slug = 'ICDD 2021';
    values.name.en = '';
    values.endsAt = '2021-11-16T12:00';
    values.rooms[0] = { ...(values.rooms[0] as (typeof values.rooms)[0]), capacity: 'lots' };
    expect(checkEventForm(values, true).map((e) => e.field)).toEqual(['slug', 'name.en', 'endsAt', 'rooms.0.capacity']);
  });
});
