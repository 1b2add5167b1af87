import type { Answers, Question } from '../../../shared/registration.js';
import { INTL_LOCALES, isLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { countryName } from '../../ui/countries.js';

/** The words an answer is shown with, in the reader's language. */
export interface AnswerWords {
  yes: string;
  no: string;
  /** For a question left unanswered. */
  none: string;
}

/**
 * An answer as text, for the staff's detail and for the registrant's own page alike: a checkbox as
 * yes or no, several choices joined, a number, a date and a country in the reader's way. With its
 * question, a choice reads as its label and a country as its name in `language`; without (the staff's
 * raw view), as its key.
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
  const locale = INTL_LOCALES[isLanguage(language) ? language : 'en'];
  if (typeof value === 'number') return value.toLocaleString(locale);
  switch (question?.type) {
    case 'single':
      return optionLabel(value);
    case 'country':
      return countryName(value, locale);
    case 'date': {
      // A calendar day, the same everywhere: read and written in UTC so no zone moves it.
      const day = new Date(`${value}T00:00:00Z`);
      return Number.isNaN(day.getTime())
        ? value
        : day.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    }
    default:
      return value;
  }
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
