import { describe, expect, it } from 'vitest';
import type { Question } from '../../../shared/registration.js';
import { answerRows, answerText } from './answers.js';

const words = { yes: 'Yes', no: 'No', none: 'No answer' };
const options: { key: string; label: Record<string, string> }[] = [
  { key: 'veg', label: { en: 'Vegetarian', id: 'Vegetarian (id)' } },
  { key: 'halal', label: { en: 'Halal' } },
];

describe('answerText', () => {
  it('shows a checkbox as yes or no and an unanswered question as such', () => {
    expect(answerText(true, words)).toBe('Yes');
    expect(answerText(false, words)).toBe('No');
    expect(answerText(undefined, words)).toBe('No answer');
  });

  it('shows text as written', () => {
    expect(answerText('Peanuts', words, { type: 'text', options: [] })).toBe('Peanuts');
    expect(answerText('veg', words, { type: 'text', options })).toBe('veg');
  });

  it('names choices by their labels in the reader’s language when it has the question', () => {
    expect(answerText('veg', words, { type: 'single', options }, 'id')).toBe('Vegetarian (id)');
    expect(answerText(['veg', 'halal'], words, { type: 'multiple', options }, 'id')).toBe('Vegetarian (id), Halal');
    expect(answerText(['gone'], words, { type: 'multiple', options })).toBe('gone');
  });

  it('shows the keys without the question (the staff’s raw view)', () => {
    expect(answerText('veg', words)).toBe('veg');
    expect(answerText(['veg', 'halal'], words)).toBe('veg, halal');
  });

  it('shows a number, a date and a country in the reader’s language', () => {
    expect(answerText(1250.5, words, { type: 'number', options: [] }, 'en')).toBe('1,250.5');
    expect(answerText(1250.5, words, { type: 'number', options: [] }, 'id')).toBe('1.250,5');
    expect(answerText('2030-01-31', words, { type: 'date', options: [] }, 'en')).toBe('31 January 2030');
    expect(answerText('2030-01-31', words, { type: 'date', options: [] }, 'id')).toBe('31 Januari 2030');
    expect(answerText('KR', words, { type: 'country', options: [] }, 'id')).toBe('Korea Selatan');
    expect(answerText('KR', words, { type: 'country', options: [] }, 'en')).toBe('South Korea');
    expect(answerText('a@example.org', words, { type: 'email', options: [] })).toBe('a@example.org');
  });
});

describe('answerRows', () => {
  it('lists every question by its label with its answer, one formatter for staff and registrant', () => {
    const questions: Pick<Question, 'key' | 'label' | 'type' | 'options'>[] = [
      { key: 'diet', label: { en: 'Diet', id: 'Makanan' }, type: 'single', options },
      { key: 'note', label: { en: 'Anything else?' }, type: 'text', options: [] },
    ];
    expect(answerRows(questions, { diet: 'veg' }, words, 'id')).toEqual([
      ['Makanan', 'Vegetarian (id)'],
      ['Anything else?', 'No answer'],
    ]);
  });
});
