import { describe, expect, it } from 'vitest';
import { answerSchemaOf, type Question, registrationFormSchema } from './registration.js';
import { isAskedOf, windowState } from './registrationRules.js';

const question = (change: Partial<Question>): Question => ({
  key: 'q',
  label: { en: 'Q' },
  type: 'text',
  options: [],
  isRequired: false,
  ...change,
});
const ok = (q: Question, value: unknown) => answerSchemaOf(q).safeParse(value).success;

describe('answers by the question’s type', () => {
  it('takes a number within its bounds only', () => {
    const guests = question({ type: 'number', min: 0, max: 3 });
    expect([ok(guests, 0), ok(guests, 3), ok(guests, 2.5)]).toEqual([true, true, true]);
    expect([ok(guests, -1), ok(guests, 4), ok(guests, '2')]).toEqual([false, false, false]);
    expect(ok(question({ type: 'number' }), 1e9)).toBe(true);
  });

  it('takes a calendar date, a known country and an e-mail address', () => {
    const date = question({ type: 'date' });
    expect([ok(date, '2030-01-31'), ok(date, '2030-02-30'), ok(date, '31/01/2030')]).toEqual([true, false, false]);
    const country = question({ type: 'country' });
    expect([ok(country, 'ID'), ok(country, 'XX'), ok(country, 'id')]).toEqual([true, false, false]);
    const email = question({ type: 'email' });
    expect([ok(email, 'a@example.org'), ok(email, 'a@')]).toEqual([true, false]);
  });

  it('asks a question of its categories, or of all when it names none', () => {
    expect(isAskedOf({ categories: ['media'] }, 'media')).toBe(true);
    expect(isAskedOf({ categories: ['media'] }, 'participant')).toBe(false);
    expect(isAskedOf({ categories: [] }, 'participant')).toBe(true);
    expect(isAskedOf({}, 'participant')).toBe(true);
  });
});

describe('the registration window', () => {
  const opensAt = '2030-01-01T00:00:00Z';
  const closesAt = '2030-02-01T00:00:00Z';
  it('is open with no limits, and before, within and after its times as they say', () => {
    expect(windowState({ opensAt: null, closesAt: null }, 0)).toBe('open');
    expect(windowState({ opensAt, closesAt }, Date.parse(opensAt) - 1)).toBe('not_yet_open');
    expect(windowState({ opensAt, closesAt }, Date.parse(opensAt))).toBe('open');
    expect(windowState({ opensAt, closesAt }, Date.parse(closesAt))).toBe('ended');
  });

  it('must close after it opens; a form saved before the window existed reads as open', () => {
    const base = {
      isOpen: true,
      categories: [{ key: 'participant', name: { en: 'P' }, needsAccreditation: false, isPublic: true }],
      questions: [],
      privacyNotice: { en: 'N' },
      privacyVersion: '1',
      inPersonCapacity: null,
    };
    const old = registrationFormSchema.parse(base);
    expect([old.opensAt, old.closesAt]).toEqual([null, null]);
    const wrong = registrationFormSchema.safeParse({ ...base, opensAt: closesAt, closesAt: opensAt });
    expect(wrong.error?.issues.map((i) => i.path.join('.'))).toEqual(['closesAt']);
  });
});
