import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_PROBLEMS, isFieldCode } from '../../../../shared/problemFields.js';
import { fillParams, type ProblemParams, paramsIn } from '../../../../shared/problemParams.js';
import type { TestClient } from '../../../testing/client.js';
import { TestClient as Anonymous } from '../../../testing/client.js';
import { expectProblem } from '../../../testing/expect.js';
import { createTestEvent, signedInClient } from '../../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../../testing/harness.js';
import { auditRowsAfter, lastAuditId } from '../../../testing/records.js';
import { insertRegistrationRows } from '../../../testing/registrations.js';
import { registrationForms, registrations } from '../registration.tables.js';

const HEADER = 'name,email,country,organization,position,sector,attendance,category,diet';
const GOOD = [
  'Siti Rahma,siti@kemlu.example,ID,Kementerian Luar Negeri,Director,government,in_person,delegate,vegetarian',
  '"Tanaka, Yui",yui@mofa.example,JP,Ministry of Foreign Affairs,,government,virtual,,',
  'Mere Tuilau,MERE@fiji.example,FJ,"Fiji ""Digital"" Office",Adviser,government,in_person,,none',
];
const csvOf = (...rows: string[]) => `${[HEADER, ...rows].join('\r\n')}\r\n`;

/** What the organizer area shows an Indonesian reader for an issue: its code's text, its params put in. */
function inIndonesian(issue: { code: string; params?: ProblemParams }) {
  if (!isFieldCode(issue.code)) throw new Error(`${issue.code} is not a field code the browser knows`);
  return fillParams(FIELD_PROBLEMS[issue.code].id, paramsIn('id', issue.params));
}

describe.each(BACKENDS)('CSV import of invited people (%s)', (backend) => {
  let test: TestApp;
  let slug: string;
  let eventId: string;
  let organizer: TestClient;

  beforeAll(async () => {
    test = await startTestApp(backend);
    const event = await createTestEvent(test.db, { rooms: [{ name: { en: 'Plenary' }, capacity: 1 }] });
    slug = event.slug;
    eventId = event.id;
    await test.db.insert(registrationForms).values({
      eventId,
      categories: [
        { key: 'participant', name: { en: 'Participant' }, needsAccreditation: false, isPublic: true },
        { key: 'delegate', name: { en: 'Delegate' }, needsAccreditation: true, isPublic: false },
      ],
      questions: [
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
      ],
      privacyNotice: { en: 'Notice' },
      privacyVersion: '1',
    });
    await insertRegistrationRows(test.db, eventId, [{ email: 'taken@example.org' }]);
    organizer = (await signedInClient(test, { eventId, roles: ['organizer'] })).client;
  });
  afterAll(() => test.close());

  const send = (csv: string, dryRun: boolean, client: TestClient = organizer) =>
    client.post(`/api/events/${slug}/registrations/import`, { csv, dryRun });
  const stored = () => test.db.select().from(registrations).where(eq(registrations.eventId, eventId));

  it('refuses the anonymous with 401, a participant and a delegate with 403, and imports nothing', async () => {
    expectProblem(await send(csvOf(...GOOD), false, new Anonymous(test.app)), 401, 'auth.required');
    for (const role of ['participant', 'delegate'] as const) {
      const { client } = await signedInClient(test, { eventId, roles: [role] });
      expectProblem(await send(csvOf(...GOOD), false, client), 403, 'auth.forbidden');
    }
    expect(await stored()).toHaveLength(1);
  });

  it('reports every bad row and field on a dry run, and imports nothing', async () => {
    const csv = csvOf(
      GOOD[0] ?? '',
      'No Mail,,ID,Org,,government,virtual,,',
      'Bad Country,bad@example.org,XX,Org,,government,virtual,,',
      'Bad Everything,not-an-email,ID,,,farmer,both,minister,meat',
      'Taken,TAKEN@example.org,ID,Org,,government,virtual,,',
      'Siti Again,siti@kemlu.example,ID,Org,,government,virtual,,',
    );
    const response = await send(csv, true);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ dryRun: true, rows: 6, imported: 0 });
    const issues = response.json.issues.map((i: { row: number; field: string }) => `${i.row}:${i.field}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        '3:email',
        '4:country',
        '5:email',
        '5:organization',
        '5:sector',
        '5:attendance',
        '5:category',
        '5:diet',
        '6:email',
        '7:email',
      ]),
    );
    expect(issues.some((i: string) => i.startsWith('2:'))).toBe(false);
    const messages = response.json.issues.map((i: { row: number; message: string }) => `${i.row} ${i.message}`);
    expect(messages).toContain('6 is already registered for the event');
    expect(messages).toContain('7 is also in row 2');
    expect(await stored()).toHaveLength(1);
  });

  it('refuses a real import with any bad row: 400 naming each row and field, nothing imported', async () => {
    const before = await lastAuditId(test.db);
    const response = await send(csvOf(...GOOD, 'Bad Country,bad@example.org,XX,Org,,government,virtual,,'), false);
    expectProblem(response, 400, 'registration.import_invalid');
    expect(response.json.errors).toEqual([
      { field: 'rows.5.country', code: 'field.invalid', message: expect.any(String) },
    ]);
    expect(await stored()).toHaveLength(1);
    expect(await auditRowsAfter(test.db, before)).toEqual([]);
  });

  it('names a missing or unknown column in the header', async () => {
    const response = await send('name,email,country,organisation\r\nA,a@example.org,ID,Org\r\n', true);
    const issues = response.json.issues.map((i: { row: number; field: string }) => `${i.row}:${i.field}`);
    expect(issues).toEqual(expect.arrayContaining(['1:organization', '1:sector', '1:attendance', '1:organisation']));
    const codes = response.json.issues.map((i: { field: string; code: string }) => `${i.field}:${i.code}`);
    expect(codes).toEqual(
      expect.arrayContaining(['organization:field.column_missing', 'organisation:field.unknown_column']),
    );
  });

  it('imports every row of a good file in one go, audited, with consent recorded as invited', async () => {
    const before = await lastAuditId(test.db);
    const dry = await send(csvOf(...GOOD), true);
    expect(dry.json).toEqual({ dryRun: true, rows: 3, imported: 0, issues: [] });
    expect(await stored()).toHaveLength(1);

    const response = await send(csvOf(...GOOD), false);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ dryRun: false, rows: 3, imported: 3, issues: [] });
    const rows = await stored();
    expect(rows).toHaveLength(4);
    const siti = rows.find((r) => r.email === 'siti@kemlu.example');
    expect(siti).toMatchObject({
      name: 'Siti Rahma',
      category: 'delegate',
      position: 'Director',
      consentVersion: 'invited',
      answers: { diet: 'vegetarian' },
      // A delegate in person waits for accreditation.
      status: 'pending',
    });
    expect(rows.find((r) => r.email === 'yui@mofa.example')).toMatchObject({
      name: 'Tanaka, Yui',
      category: 'participant',
      position: null,
      status: 'confirmed',
    });
    expect(rows.find((r) => r.email === 'mere@fiji.example')).toMatchObject({
      organization: 'Fiji "Digital" Office',
      // The plenary's one place is free: the first in-person participant takes it.
      status: 'confirmed',
    });
    const audits = await auditRowsAfter(test.db, before);
    const created = audits.filter((a) => a.action === 'registration.created');
    expect(created.map((a) => a.summary)).toEqual(Array(3).fill(expect.objectContaining({ source: 'import' })));

    // The same file again: every row is a duplicate now.
    const again = await send(csvOf(...GOOD), false);
    expectProblem(again, 400, 'registration.import_invalid');
    expect(again.json.errors.map((e: { field: string }) => e.field)).toEqual([
      'rows.2.email',
      'rows.3.email',
      'rows.4.email',
    ]);
  });

  it('reads a semicolon-separated file with a BOM, as spreadsheets in many locales save it', async () => {
    const csv =
      '\uFEFFname;email;country;organization;sector;attendance\r\nBOM Person;bom@example.org;SG;Org;media;virtual\r\n';
    const response = await send(csv, true);
    expect(response.json).toEqual({ dryRun: true, rows: 1, imported: 0, issues: [] });
  });

  it('takes a file larger than the app’s usual body limit, and imports it in batches', async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) =>
        `Person ${i} With A Long Enough Name,big-${i}@example.org,ID,Organisation number ${i},,private,virtual,,`,
    );
    const csv = csvOf(...rows);
    expect(csv.length).toBeGreaterThan(256 * 1024);
    const response = await send(csv, true);
    expect(response.json).toMatchObject({ rows: 3000, issues: [] });
    const before = (await stored()).length;
    expect((await send(csv, false)).json).toEqual({ dryRun: false, rows: 3000, imported: 3000, issues: [] });
    expect(await stored()).toHaveLength(before + 3000);
  }, 60_000);

  it('gives every bad row a code an Indonesian reader reads in Indonesian, with its row, column and choices', async () => {
    const header = 'name,email,country,organization,sector,attendance,language,diet';
    const csv = [
      header,
      'Ayu Lestari,ayu@example.org,ID,Org,government,virtual,fr,meat',
      'Budi Santoso,budi@example.org,ID,Org,government,virtual,id,',
      'Budi Again,BUDI@example.org,ID,Org,government,virtual,,',
      'Taken,taken@example.org,ID,Org,government,virtual,,',
      'Farmer,farmer@example.org,ID,Org,farmer,virtual,,',
    ].join('\r\n');
    const response = await send(csv, true);
    expect(response.status).toBe(200);
    const shown = response.json.issues.map(
      (i: { row: number; field: string; code: string; params?: ProblemParams }) => [i.row, i.field, inIndonesian(i)],
    );
    expect(shown).toEqual(
      expect.arrayContaining([
        [2, 'language', 'Tuliskan salah satu dari: en, id.'],
        [2, 'diet', 'Isian ini tidak sah.'],
        [4, 'email', 'Alamat ini juga tercantum pada baris 3.'],
        [5, 'email', 'Alamat ini sudah terdaftar untuk acara ini.'],
        [6, 'sector', 'Tuliskan salah satu dari: government, private, academia, civil_society, media, other.'],
      ]),
    );
    // No issue left in English words, nor with a blank the browser could not fill.
    for (const [, , text] of shown) expect(text).not.toMatch(/\{\{|\bmust\b|\bis also\b/);

    // A real run refuses with the same codes and params, as the problem's field errors.
    const refused = await send(`${header}\r\nA,a-lang@example.org,ID,Org,government,virtual,fr,\r\n`, false);
    expectProblem(refused, 400, 'registration.import_invalid');
    expect(refused.json.errors).toEqual([
      {
        field: 'rows.2.language',
        code: 'field.one_of',
        params: { options: 'en, id' },
        message: 'must be one of: en, id',
      },
    ]);
  });

  it('sets each imported person’s language from the language column, English when it is empty', async () => {
    const header = 'name,email,country,organization,sector,attendance,language';
    const csv = [
      header,
      'Dewi Sartika,dewi-lang@example.org,ID,Org,government,virtual,id',
      'John Smith,john-lang@example.org,GB,Org,government,virtual,en',
      'No Language,none-lang@example.org,SG,Org,government,virtual,',
    ].join('\r\n');
    expect((await send(csv, false)).json).toMatchObject({ imported: 3, issues: [] });
    const languages = Object.fromEntries((await stored()).map((r) => [r.email, r.language]));
    expect(languages).toMatchObject({
      'dewi-lang@example.org': 'id',
      'john-lang@example.org': 'en',
      'none-lang@example.org': 'en',
    });
  });

  it('refuses a body that is not a CSV import with 400 naming the field', async () => {
    const before = (await stored()).length;
    const response = await organizer.post(`/api/events/${slug}/registrations/import`, { csv: '', dryRun: 'yes' });
    expectProblem(response, 400, 'validation.failed');
    const fields = response.json.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['csv', 'dryRun']));
    expect(await stored()).toHaveLength(before);
  });
});
