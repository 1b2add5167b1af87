import type { Question } from '../../../../shared/registration.js';
import { TestClient } from '../../../testing/client.js';
import { createTestEvent, signedInClient } from '../../../testing/factories.js';
import { type Backend, startTestApp, type TestApp } from '../../../testing/harness.js';
import { insertRegistrationRows, type RegistrationRowInput } from '../../../testing/registrations.js';
import { registrationForms } from '../registration.tables.js';

export const QUESTIONS: Question[] = [
  {
    key: 'diet',
    label: { en: 'Diet' },
    type: 'single',
    options: [
      { key: 'vegetarian', label: { en: 'Vegetarian' } },
      { key: 'none', label: { en: 'None' } },
    ],
    isRequired: false,
  },
  { key: 'topics', label: { en: 'Topics' }, type: 'multiple', options: [], isRequired: false },
];

/** Eight people, each there for a reason a filter, a sort or the CSV can see. */
export const PEOPLE: (Omit<RegistrationRowInput, 'createdAt'> & { createdAt: string })[] = [
  // 16:30 UTC on 1 February is 00:30 on 2 February in Makassar: the figures count it on the 2nd.
  {
    name: 'Ayu Lestari',
    email: 'ayu@kemlu.example',
    organization: 'Kementerian Luar Negeri',
    status: 'pending',
    attendance: 'in_person',
    createdAt: '2030-02-01T16:30:00Z',
    answers: { diet: 'vegetarian', topics: ['data', 'msme'] },
  },
  {
    name: 'Budi Santoso',
    email: 'budi@ui.example',
    organization: 'Universitas Indonesia',
    sector: 'academia',
    status: 'confirmed',
    createdAt: '2030-02-01T10:00:00Z',
  },
  {
    name: 'Chloé Virtanen',
    email: 'chloe@press.example',
    country: 'FI',
    organization: 'Helsinki Press',
    sector: 'media',
    category: 'media',
    status: 'pending',
    attendance: 'in_person',
    createdAt: '2030-02-02T10:00:00Z',
  },
  {
    name: '=HYPERLINK("http://evil.example","click")',
    email: 'formula@example.org',
    organization: '+SUM(A1:A9)',
    position: '@boss',
    country: 'FI',
    sector: 'private',
    status: 'declined',
    decisionReason: '-no place',
    // Where a spreadsheet splits cells on semicolons, each of these would start a formula.
    answers: { diet: ';=HYPERLINK("http://evil.example")', topics: ['Kemlu;=1+1'] },
    createdAt: '2030-02-03T10:00:00Z',
  },
  {
    name: '<script>alert(1)</script>',
    email: 'script@example.org',
    organization: '100% Sure Ltd',
    sector: 'other',
    status: 'confirmed',
    createdAt: '2030-02-03T11:00:00Z',
  },
  {
    name: 'Erased Person',
    email: 'gone@example.org',
    organization: 'Secret Org',
    country: 'JP',
    sector: 'civil_society',
    status: 'cancelled',
    erasedAt: new Date('2030-02-05T00:00:00Z'),
    createdAt: '2030-02-03T12:00:00Z',
  },
  {
    name: 'Dewi Waiting',
    email: 'dewi@example.org',
    status: 'waitlisted',
    attendance: 'in_person',
    createdAt: '2030-02-04T10:00:00Z',
  },
  {
    name: 'Eko Waiting',
    email: 'eko@example.org',
    status: 'waitlisted',
    attendance: 'in_person',
    createdAt: '2030-02-04T11:00:00Z',
  },
];

export interface ListWorld {
  test: TestApp;
  slug: string;
  ids: Record<string, string>;
  organizer: TestClient;
  secretariat: TestClient;
  strangers: [string, TestClient][];
}

/** An event in Makassar's zone with the eight people, its staff, and callers who may not read its list. */
export async function startListWorld(backend: Backend): Promise<ListWorld> {
  const test = await startTestApp(backend);
  const event = await createTestEvent(test.db, { timeZone: 'Asia/Makassar' });
  const slug = event.slug;
  await test.db.insert(registrationForms).values({
    eventId: event.id,
    categories: [],
    questions: QUESTIONS,
    privacyNotice: { en: 'Notice' },
    privacyVersion: '1',
  });
  const rows = await insertRegistrationRows(
    test.db,
    event.id,
    PEOPLE.map((p) => ({ ...p, createdAt: new Date(p.createdAt) })),
  );
  const ids = Object.fromEntries(rows.map((row) => [row.email, row.id]));
  // Someone of another event: never in this event's list.
  const other = await createTestEvent(test.db);
  await insertRegistrationRows(test.db, other.id, [{ name: 'Other Event Person' }]);
  const organizer = (await signedInClient(test, { eventId: event.id, roles: ['organizer'] })).client;
  const secretariat = (await signedInClient(test, { eventId: event.id, roles: ['secretariat'] })).client;
  const strangers: [string, TestClient][] = [
    ['anonymous', new TestClient(test.app)],
    ['participant', (await signedInClient(test, { eventId: event.id, roles: ['participant'] })).client],
    ['delegate', (await signedInClient(test, { eventId: event.id, roles: ['delegate'] })).client],
    ['organizer of another event', (await signedInClient(test, { eventId: other.id, roles: ['organizer'] })).client],
  ];
  return { test, slug, ids, organizer, secretariat, strangers };
}
