import { describe, expect, it } from 'vitest';
import { type RegistrationForm, registrationFormSchema } from '../../../../shared/registration.js';
import { checkRegistrationForm, keyFrom, type QuestionItem, toForm, valuesFromForm } from './registrationFormValues.js';

const FORM: RegistrationForm = {
  isOpen: true,
  opensAt: null,
  closesAt: null,
  categories: [
    {
      key: 'participant',
      name: { en: 'Public participant', id: 'Peserta umum', fr: 'Participant' },
      needsAccreditation: false,
      isPublic: true,
    },
  ],
  questions: [
    {
      key: 'interpretation',
      label: { en: 'Interpretation' },
      type: 'single',
      options: [{ key: 'en', label: { en: 'English' } }],
      isRequired: false,
    },
  ],
  privacyNotice: { en: 'We use your data to run the event.', id: 'Kami memakai data Anda.' },
  privacyVersion: '2026-11',
  inPersonCapacity: null,
};

const question = (change: Partial<QuestionItem>): QuestionItem => ({
  key: 'new-1',
  code: '',
  label: { en: '', id: '' },
  type: 'text',
  options: [],
  isRequired: false,
  min: '',
  max: '',
  categories: [],
  ...change,
});

describe('the registration form editor', () => {
  it('gives back the form it was given, other languages kept', () => {
    const form = toForm(valuesFromForm(FORM), FORM);
    expect(form).toEqual(FORM);
    expect(registrationFormSchema.safeParse(form).success).toBe(true);
  });

  it('makes a key from the English text when none is given', () => {
    expect(keyFrom('', 'Dietary needs?')).toBe('dietary_needs');
    expect(keyFrom('', '2 guests')).toBe('q_2_guests');
    expect(keyFrom(' own_key ', 'Anything')).toBe('own_key');
  });

  it('reads a blank capacity as the plenary’s and refuses one that is not a number', () => {
    expect(toForm({ ...valuesFromForm(FORM), capacity: ' 50 ' }).inPersonCapacity).toBe(50);
    const errors = checkRegistrationForm({ ...valuesFromForm(FORM), capacity: 'many' });
    expect(errors).toEqual([{ field: 'inPersonCapacity', message: 'validation.capacity' }]);
  });

  it('names what each question lacks, by the paths the server uses', () => {
    const values = valuesFromForm(FORM);
    expect(
      checkRegistrationForm({ ...values, questions: [question({ code: 'Bad key', label: { en: 'x', id: '' } })] }),
    ).toEqual([{ field: 'questions.0.key', message: 'registration.editor.errors.key' }]);
    values.questions.push(
      question({ type: 'multiple' }),
      question({ key: 'new-2', label: { en: 'Interpretation', id: '' } }),
    );
    expect(checkRegistrationForm(values).map((e) => `${e.field}:${e.message}`)).toEqual([
      'questions.2.key:registration.editor.errors.keyTaken',
      'questions.1.label.en:validation.englishRequired',
      'questions.1.options:registration.editor.errors.options',
    ]);
  });

  it('drops the options of a question that no longer chooses', () => {
    const values = valuesFromForm(FORM);
    values.questions = values.questions.map((q) => ({ ...q, type: 'text' }));
    expect(toForm(values).questions[0]?.options).toEqual([]);
  });

  it('keeps the window, a number’s bounds and the categories asked through the editor', () => {
    const form: RegistrationForm = {
      ...FORM,
      opensAt: '2030-01-01T02:00:00.000Z',
      closesAt: '2030-02-01T02:00:00.000Z',
      questions: [
        {
          key: 'guests',
          label: { en: 'Guests' },
          type: 'number',
          options: [],
          isRequired: true,
          min: 0,
          max: 3,
          categories: ['participant'],
        },
      ],
    };
    const values = valuesFromForm(form, 'Asia/Makassar');
    expect(values.opensAt).toBe('2030-01-01T10:00');
    expect(values.questions[0]?.categories).toEqual([values.categories[0]?.key]);
    const back = toForm(values, form, 'Asia/Makassar');
    expect(Date.parse(back.opensAt ?? '')).toBe(Date.parse(form.opensAt ?? ''));
    expect(back.questions).toEqual(form.questions);
    expect(registrationFormSchema.safeParse(back).success).toBe(true);
  });

  it('names a window that closes before it opens and bounds the wrong way round', () => {
    const values = valuesFromForm(FORM);
    values.opensAt = '2030-02-01T10:00';
    values.closesAt = '2030-01-01T10:00';
    values.questions = [question({ label: { en: 'Guests', id: '' }, type: 'number', min: '5', max: '1' })];
    expect(checkRegistrationForm(values).map((e) => `${e.field}:${e.message}`)).toEqual([
      'closesAt:registration.editor.errors.closesAfterOpens',
      'questions.0.max:registration.editor.errors.maxBelowMin',
    ]);
  });
});
