import type { Answers, Question } from '../../../shared/registration.js';
import { pickText } from '../../lib/contract.js';

/** The words an answer is shown with, in the reader's language. */
export interface AnswerWords {
  yes: string;
  no: string;
  /** For a question left unanswered. */
  none: string;
}

/**
 * An answer as text, for the staff's detail and for the registrant's own page alike: a checkbox as
 * yes or no, several choices joined. With its question, a choice reads as its label in `language`;
 * without (the staff's raw view), as its key.
 */
export function answerText(
  value: Answers[string] | undefined,
  words: AnswerWords,
  question?: Pick<Question, 'type' | 'options'>,
  language = 'en',
): string {
  const optionLabel = (key: string) =>
    question ? pickText(question.options.find((o) => o.key === key)?.label ?? { en: key }, language) : key;
  if (value === undefined) return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value)) return value.map(optionLabel).join(', ');
  return question?.type === 'single' ? optionLabel(value) : value;
}

/**
 * Every question of the form with its answer, by the question's label in `language`: what the
 * registrant's page and the staff's detail panel both list, so both read the same.
 */
export function answerRows(
  questions: readonly Pick<Question, 'key' | 'label' | 'type' | 'options'>[],
  answers: Answers,
  words: AnswerWords,
  language: string,
): [string, string][] {
  return questions.map((question) => [
    pickText(question.label, language),
    answerText(answers[question.key], words, question, language),
  ]);
}
