import { describe, expect, it } from 'vitest';
import type { RegistrationForm } from '../../../../shared/registration.js';
import { defaultRegistrationForm } from '../registration.defaults.js';
import { parseImport } from './csv.js';

const form: RegistrationForm = {
  ...defaultRegistrationForm(),
  questions: [
    { key: 'guests', label: { en: 'Guests' }, type: 'number', options: [], isRequired: false, min: 0, max: 3 },
    { key: 'arrival', label: { en: 'Arrival' }, type: 'date', options: [], isRequired: false },
    { key: 'passport', label: { en: 'Passport' }, type: 'country', options: [], isRequired: false },
    { key: 'outlet', label: { en: 'Outlet' }, type: 'email', options: [], isRequired: true, categories: ['media'] },
  ],
};
const header = 'name,email,country,organization,sector,attendance,category,guests,arrival,passport,outlet';

describe('an import with typed and per-category questions', () => {
  it('reads numbers (a decimal comma too), dates, countries and e-mail addresses by the form’s rules', () => {
    const csv = [
      header,
      'Ayu,ayu@example.org,ID,Kemenlu,government,virtual,participant,"2,0",2030-01-31,KR,',
      'Budi,budi@example.org,ID,Kompas,media,virtual,media,1,,,desk@kompas.example',
    ].join('\n');
    const parsed = parseImport(csv, form);
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map((r) => r.input.answers)).toEqual([
      { guests: 2, arrival: '2030-01-31', passport: 'KR' },
      { guests: 1, outlet: 'desk@kompas.example' },
    ]);
  });

  it('names each bad cell, and a question required of the row’s category', () => {
    const csv = [
      header,
      'Ayu,ayu@example.org,ID,Kemenlu,government,virtual,participant,many,31/01/2030,XX,',
      'Budi,budi@example.org,ID,Kompas,media,virtual,media,9,,,',
    ].join('\n');
    const issues = parseImport(csv, form).issues.map((i) => `${i.row}:${i.field}:${i.message}`);
    expect(issues).toEqual([
      '2:guests:must be a number',
      '2:arrival:must be a date such as 2030-01-31',
      '2:passport:an ISO 3166-1 alpha-2 code such as ID',
      '3:guests:must be at most 3',
      '3:outlet:is required',
    ]);
  });
});
