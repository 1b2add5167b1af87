import { describe, expect, it } from 'vitest';
import { type BoardDelegation, countAnswers, deadlineProblem, notAnswered } from './answers.js';

const HOUR = 3_600_000;
const now = Date.parse('2026-12-04T10:00:00Z');
const at = (hours: number) => new Date(now + hours * HOUR).toISOString();
const delegation = (choice: BoardDelegation['choice']): BoardDelegation => ({
  id: crypto.randomUUID(),
  name: { en: 'X' },
  choice,
  text: null,
  paragraphIds: [],
  explanation: null,
});

describe('the adoption board', () => {
  it('counts the answers', () => {
    const all = [delegation('join'), delegation('join_with_reservation'), delegation(null), delegation(null)];
    expect(countAnswers(all)).toEqual({ joined: 2, withReservation: 1, brokeSilence: 0, waiting: 2, total: 4 });
    expect(notAnswered(all)).toHaveLength(2);
  });

  it('refuses a deadline that is missing, past, or under 72 hours for a silence procedure', () => {
    expect(deadlineProblem('consensus', null, now)).toBe('outcomeAdoption.open.deadlineRequired');
    expect(deadlineProblem('consensus', at(-1), now)).toBe('outcomeAdoption.open.deadlinePast');
    expect(deadlineProblem('consensus', at(1), now)).toBeNull();
    expect(deadlineProblem('silence', at(71.9), now)).toBe('outcomeAdoption.open.deadlineTooSoon');
    expect(deadlineProblem('silence', at(72), now)).toBe('outcomeAdoption.open.deadlineTooSoon');
    expect(deadlineProblem('silence', at(72.1), now)).toBeNull();
  });
});
