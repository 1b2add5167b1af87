import { describe, expect, it } from 'vitest';
import { hasEventEnded } from './eventState.js';

describe('hasEventEnded', () => {
  // ICDD 2021 ended at 17:40 WITA on 16 November 2021: 09:40 UTC.
  const event = { startsAt: '2021-11-16T05:00:00+00:00', endsAt: '2021-11-16T17:40:00+08:00' };

  it('is not ended before or during the event', () => {
    expect(hasEventEnded(event, new Date('2021-11-15T23:00:00Z'))).toBe(false);
    expect(hasEventEnded(event, new Date('2021-11-16T09:39:59Z'))).toBe(false);
  });

  it('is ended from its last minute on, whatever zone its end was written in', () => {
    expect(hasEventEnded(event, new Date('2021-11-16T09:40:00Z'))).toBe(true);
    expect(hasEventEnded(event, new Date('2026-12-07T00:00:00Z'))).toBe(true);
  });
});
