import { describe, expect, it } from 'vitest';
import { checkSessionForm, type SessionFormValues, toSessionInput } from './sessionForm.js';

const ROOM = '00000000-0000-4000-8000-000000000001';
const values: SessionFormValues = {
  type: 'panel',
  title: { en: 'Big data in crisis management', id: '' },
  description: { en: '', id: '' },
  roomId: ROOM,
  startsAt: '2021-11-16T14:00',
  endsAt: '2021-11-16T15:30',
  capacity: '',
  themeId: '',
  speakerIds: [],
  moderatorId: '',
  streams: [],
};

describe('toSessionInput', () => {
  it('sends each stream with its language, kind and trimmed address', () => {
    const streams = [
      { key: 'k1', language: 'id', kind: 'audio' as const, url: ' https://stream.example.org/id.m3u8 ' },
    ];
    expect(toSessionInput({ ...values, streams }, 'Asia/Makassar').streams).toEqual([
      { language: 'id', kind: 'audio', url: 'https://stream.example.org/id.m3u8' },
    ]);
  });

  it('reads the times as the event’s wall clock, not the organizer’s', () => {
    const input = toSessionInput(values, 'Asia/Makassar');
    expect(Date.parse(input.startsAt)).toBe(Date.parse('2021-11-16T06:00:00Z'));
    expect(input.startsAt).toBe('2021-11-16T14:00:00+08:00');
    expect(input.endsAt).toBe('2021-11-16T15:30:00+08:00');
  });

  it('sends a blank capacity as the room’s, and leaves out a blank Indonesian title', () => {
    const input = toSessionInput(values, 'Asia/Makassar');
    expect(input.capacity).toBeNull();
    expect(input.title).toEqual({ en: 'Big data in crisis management' });
  });
});

describe('checkSessionForm', () => {
  it('refuses an end before the start and a moderator who is also a speaker', () => {
    const speaker = '00000000-0000-4000-8000-0000000000aa';
    const errors = checkSessionForm(
      { ...values, endsAt: '2021-11-16T13:00', speakerIds: [speaker], moderatorId: speaker },
      'Asia/Makassar',
    );
    expect(errors.map((e) => e.field)).toEqual(['endsAt', 'moderatorId']);
  });
});
