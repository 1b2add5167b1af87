import { describe, expect, it } from 'vitest';
import type { RegistrationFormView, RegistrationView } from '../../../shared/registration.js';
import { registrationInputSchema, registrationUpdateSchema } from '../../../shared/registration.js';
import {
  changedUpdate,
  checkRegistration,
  defaultCategory,
  emptyValues,
  type RegistrationValues,
  toInput,
  valuesFromView,
} from './registrationValues.js';

const PANEL = '5f0a561e-0000-4000-8000-000000000003';
const FORM: RegistrationFormView = {
  isOpen: true,
  opensAt: null,
  closesAt: null,
  categories: [
    { key: 'delegate', name: { en: 'Delegate' }, needsAccreditation: true, isPublic: false },
    { key: 'participant', name: { en: 'Public participant' }, needsAccreditation: false, isPublic: true },
    { key: 'media', name: { en: 'Media' }, needsAccreditation: true, isPublic: true },
  ],
  questions: [
    { key: 'dietary', label: { en: 'Dietary needs' }, type: 'text', options: [], isRequired: true },
    {
      key: 'topics',
      label: { en: 'Topics' },
      type: 'multiple',
      options: [
        { key: 'data', label: { en: 'Data' } },
        { key: 'msme', label: { en: 'MSMEs' } },
      ],
      isRequired: false,
    },
    { key: 'newsletter', label: { en: 'Newsletter' }, type: 'checkbox', options: [], isRequired: false },
  ],
  privacyNotice: { en: 'We use your data to run the event.' },
  privacyVersion: '2026-11',
  inPersonCapacity: null,
  panels: [{ id: PANEL, name: { en: 'Panel A' } }],
  inPersonPlaces: 300,
  inPersonConfirmed: 12,
};

const filled = (): RegistrationValues => ({
  ...emptyValues(FORM),
  name: '  Mere Tuilau ',
  email: 'Mere@Example.org',
  country: 'FJ',
  organization: 'Ministry of Foreign Affairs',
  sector: 'government',
  attendance: 'in_person',
  panels: [PANEL, '5f0a561e-0000-4000-8000-00000000dead'],
  answers: { dietary: ' Halal ', topics: [], newsletter: false },
  consent: true,
});

describe('the public form', () => {
  it('starts with the participant category, or the first public one when there is none', () => {
    expect(emptyValues(FORM).category).toBe('participant');
    expect(defaultCategory(FORM.categories.filter((c) => c.key !== 'participant'))).toBe('media');
  });

  it('names every missing field with a message the reader can act on', () => {
    const fields = checkRegistration(emptyValues(FORM), FORM, true).map((e) => `${e.field}:${e.message}`);
    expect(fields).toEqual([
      'name:validation.required',
      'email:validation.email',
      'country:registration.errors.country',
      'organization:validation.required',
      'sector:registration.errors.choose',
      'attendance:registration.errors.choose',
      'answers.dietary:registration.errors.answer',
      'consent:registration.errors.consent',
    ]);
    expect(checkRegistration(filled(), FORM, true)).toEqual([]);
  });

  it('sends what the public contract accepts: trimmed, unanswered questions and unknown panels left out', () => {
    const input = toInput(filled(), FORM, 'id');
    expect(input).toMatchObject({ name: 'Mere Tuilau', category: 'participant', language: 'id', panels: [PANEL] });
    expect(input.answers).toEqual({ dietary: 'Halal' });
    expect(input).not.toHaveProperty('position');
    expect(input).not.toHaveProperty('website');
    expect(registrationInputSchema.safeParse(input).success).toBe(true);
  });
});

describe('the registrant’s own form', () => {
  const view: RegistrationView = {
    id: '5f0a561e-0000-4000-8000-000000000010',
    eventSlug: 'icdd-2021',
    category: 'participant',
    name: 'Mere Tuilau',
    email: 'mere@example.org',
    country: 'FJ',
    organization: 'Ministry of Foreign Affairs',
    position: null,
    sector: 'government',
    attendance: 'in_person',
    panels: [PANEL],
    answers: { dietary: 'Halal' },
    language: 'en',
    status: 'confirmed',
    waitlistPosition: null,
    decisionReason: null,
    consentVersion: '2026-11',
    checkedInAt: null,
    followedOnlineAt: null,
    createdAt: '2026-11-20T01:00:00.000Z',
    updatedAt: '2026-11-20T01:00:00.000Z',
  };

  it('sends nothing when nothing changed', () => {
    expect(changedUpdate(valuesFromView(view), view, FORM)).toEqual({});
  });

  it('sends only what changed, in the shape the update contract takes', () => {
    const values = {
      ...valuesFromView(view),
      organization: 'USP ',
      position: 'Lecturer',
      attendance: 'virtual' as const,
      language: 'id' as const,
    };
    const changes = changedUpdate(values, view, FORM);
    expect(changes).toEqual({ organization: 'USP', position: 'Lecturer', attendance: 'virtual', language: 'id' });
    expect(registrationUpdateSchema.safeParse(changes).success).toBe(true);
  });

  it('does not ask again for the e-mail address or the consent', () => {
    expect(checkRegistration({ ...valuesFromView(view), email: '', consent: false }, FORM, false)).toEqual([]);
  });
});
