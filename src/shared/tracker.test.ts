import { describe, expect, it } from 'vitest';
import { dueDate, firstOwedPeriod, periodAt, periodStart, progressOf, rollUp, standingAt } from './tracker.js';

// Adopted on 16 November 2021 at 09:20 UTC; a report every six months.
const reporting = { from: new Date('2021-11-16T09:20:00Z'), periodMonths: 6 };
const at = (iso: string) => new Date(iso);
const registered = { registeredAt: at('2021-12-01T00:00:00Z'), isCompletionConfirmed: false };

describe('reporting periods', () => {
  it('ends each period on the same day of the month, or the last day of a shorter month', () => {
    expect(dueDate(reporting, 1).toISOString()).toBe('2022-05-16T09:20:00.000Z');
    expect(dueDate(reporting, 10).toISOString()).toBe('2026-11-16T09:20:00.000Z');
    const august = { from: at('2022-08-31T00:00:00Z'), periodMonths: 6 };
    expect(dueDate(august, 1).toISOString()).toBe('2023-02-28T00:00:00.000Z');
    expect(dueDate(august, 2).toISOString()).toBe('2023-08-31T00:00:00.000Z');
  });

  it('starts each period where the one before it ends, the first where the periods start', () => {
    expect(periodStart(reporting, 1)).toEqual(reporting.from);
    expect(periodStart(reporting, 2)).toEqual(dueDate(reporting, 1));
    expect(periodStart(reporting, 0)).toEqual(reporting.from);
  });

  it('puts an instant in the period that ends at or after it', () => {
    expect(periodAt(reporting, at('2021-11-01T00:00:00Z'))).toBe(0);
    expect(periodAt(reporting, at('2021-11-16T09:20:01Z'))).toBe(1);
    expect(periodAt(reporting, at('2022-05-16T09:20:00Z'))).toBe(1);
    expect(periodAt(reporting, at('2022-05-16T09:20:01Z'))).toBe(2);
    expect(periodAt(reporting, at('2026-12-04T00:00:00Z'))).toBe(11);
  });

  it('asks a commitment for its first report at the end of the first period ending a month after it joined', () => {
    expect(firstOwedPeriod(reporting, at('2021-12-01T00:00:00Z'))).toBe(1);
    expect(firstOwedPeriod(reporting, at('2022-05-01T00:00:00Z'))).toBe(2);
  });
});

describe('a commitment’s standing', () => {
  const report = (iso: string, status: 'on_track' | 'delayed' | 'completed' | 'discontinued' = 'on_track') => ({
    submittedAt: at(iso),
    status,
  });

  it('waits for the first report until its period ends, then is late, then inactive after two periods', () => {
    expect(standingAt(reporting, registered, [], at('2022-03-01T00:00:00Z'))).toMatchObject({
      status: 'awaiting_first_report',
      isLate: false,
      nextPeriod: 1,
    });
    expect(standingAt(reporting, registered, [], at('2022-06-01T00:00:00Z'))).toMatchObject({
      status: 'awaiting_first_report',
      isLate: true,
      missedPeriods: 1,
      nextPeriod: 2,
    });
    expect(standingAt(reporting, registered, [], at('2022-12-01T00:00:00Z'))).toMatchObject({
      status: 'inactive',
      isLate: true,
      missedPeriods: 2,
    });
  });

  it('takes the status of the last report while each period has one', () => {
    const reports = [report('2022-05-01T00:00:00Z'), report('2022-11-01T00:00:00Z', 'delayed')];
    expect(standingAt(reporting, registered, reports, at('2022-12-01T00:00:00Z'))).toMatchObject({
      status: 'delayed',
      isLate: false,
      missedPeriods: 0,
    });
  });

  it('is back on track with a late report, which covers the period it is sent in', () => {
    const reports = [report('2022-05-01T00:00:00Z'), report('2023-06-01T00:00:00Z')];
    // Periods 2 and 3 passed without a report; the report in period 4 brings it back.
    expect(standingAt(reporting, registered, reports, at('2023-05-20T00:00:00Z'))).toMatchObject({
      status: 'inactive',
    });
    expect(standingAt(reporting, registered, reports, at('2023-06-02T00:00:00Z'))).toMatchObject({
      status: 'on_track',
      isLate: false,
    });
  });

  it('ignores reports from the future of the clock it is asked at', () => {
    const reports = [report('2022-05-01T00:00:00Z'), report('2030-01-01T00:00:00Z', 'completed')];
    expect(standingAt(reporting, registered, reports, at('2022-06-01T00:00:00Z')).status).toBe('on_track');
  });

  it('stops asking once completed or discontinued; a completion counts when the secretariat confirms it', () => {
    const done = [report('2022-05-01T00:00:00Z', 'completed')];
    const later = at('2025-01-01T00:00:00Z');
    expect(standingAt(reporting, registered, done, later)).toMatchObject({
      status: 'completion_pending',
      isLate: false,
      nextDue: null,
    });
    expect(standingAt(reporting, { ...registered, isCompletionConfirmed: true }, done, later).status).toBe('completed');
    const dropped = [report('2022-05-01T00:00:00Z', 'discontinued')];
    expect(standingAt(reporting, registered, dropped, later)).toMatchObject({ status: 'discontinued', isLate: false });
  });
});

describe('progress', () => {
  it('weighs each deliverable’s progress by its weight', () => {
    const deliverables = [
      { id: 'a', weight: 3 },
      { id: 'b', weight: 1 },
    ];
    expect(progressOf(deliverables, { a: 100, b: 0 })).toBe(75);
    expect(progressOf(deliverables, { b: 50 })).toBe(12.5);
    expect(progressOf(deliverables, null)).toBe(0);
  });

  it('rolls a focus area up as the weighted mean of its commitments, leaving the discontinued out', () => {
    expect(
      rollUp([
        { progress: 100, weight: 1, status: 'completed' },
        { progress: 20, weight: 1, status: 'on_track' },
        { progress: 0, weight: 1, status: 'discontinued' },
      ]),
    ).toBe(60);
    expect(
      rollUp([
        { progress: 100, weight: 3, status: 'on_track' },
        { progress: 0, weight: 1, status: 'delayed' },
      ]),
    ).toBe(75);
    expect(rollUp([{ progress: 50, weight: 1, status: 'discontinued' }])).toBeNull();
  });
});
