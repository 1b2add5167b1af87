import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestClient } from '../../../testing/client.js';
import { createInvitedDelegations, delegateRegistrations, focalPointClient } from '../../../testing/delegations.js';
import { expectProblem, fieldsOf } from '../../../testing/expect.js';
import { createTestEvent, signedInClient } from '../../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../../testing/harness.js';
import { auditRowsAfter, lastAuditId } from '../../../testing/records.js';
import { insertRegistrationRows } from '../../../testing/registrations.js';
import { registrations } from '../../registration/registration.tables.js';

type Event = Awaited<ReturnType<typeof createTestEvent>>;

describe.each(BACKENDS)("delegations, the focal point's side (%s)", (backend) => {
  let test: TestApp;
  let event: Event;
  let organizer: TestClient;
  let ids: Record<string, string>;
  /** The focal point of Indonesia's delegation. */
  let focal: TestClient;
  let crisis: string;
  let opportunities: string;
  const anonymous = () => new TestClient(test.app);
  const url = (rest = '') => `/api/events/${event.slug}/delegations${rest}`;
  const statement = { statement: { en: 'Indonesia stands for an open, secure digital space.' } };

  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  beforeEach(async () => {
    event = await createTestEvent(test.db, {
      invitedCountries: ['ID', 'FI', 'JP'],
      statementThemes: [{ title: { en: 'Crisis management' } }, { title: { en: 'New opportunities' } }],
    });
    crisis = event.statementThemes[0]?.id ?? '';
    opportunities = event.statementThemes[1]?.id ?? '';
    organizer = (await signedInClient(test, { eventId: event.id, roles: ['organizer'] })).client;
    ids = await createInvitedDelegations(organizer, event.slug);
    focal = (await focalPointClient(test, organizer, event.slug, ids.ID ?? '')).client;
  });
  afterAll(() => test.close());

  describe('who may act for a delegation', () => {
    it("refuses another delegation's focal point with 403 on every route, changing nothing", async () => {
      const [finn] = await delegateRegistrations(test, event.id, 'FI', ['Mikko Virtanen']);
      const fi = (rest: string) => url(`/${ids.FI}${rest}`);
      expectProblem(await focal.get(fi('/workspace')), 403, 'auth.forbidden');
      expectProblem(await focal.put(fi('/theme'), { themeId: crisis }), 403, 'auth.forbidden');
      expectProblem(await focal.put(fi('/statement'), statement), 403, 'auth.forbidden');
      const endorse = { registrationId: finn?.id, role: 'head', rank: 'minister' };
      expectProblem(await focal.post(fi('/members'), endorse), 403, 'auth.forbidden');
      const workspace = await organizer.get(fi('/workspace'));
      expect(workspace.json.delegation).toMatchObject({ theme: null, statement: {}, members: [] });
    });

    it('refuses the anonymous with 401 and a participant or a delegate with 403', async () => {
      const id = (rest: string) => url(`/${ids.ID}${rest}`);
      expectProblem(await anonymous().get(id('/workspace')), 401, 'auth.required');
      expectProblem(await anonymous().put(id('/theme'), { themeId: crisis }), 401, 'auth.required');
      expectProblem(await anonymous().get(url('/mine')), 401, 'auth.required');
      for (const role of ['participant', 'delegate'] as const) {
        const { client } = await signedInClient(test, { eventId: event.id, roles: [role] });
        expectProblem(await client.get(id('/workspace')), 403, 'auth.forbidden');
        expectProblem(await client.put(id('/theme'), { themeId: crisis }), 403, 'auth.forbidden');
        expectProblem(await client.put(id('/statement'), statement), 403, 'auth.forbidden');
        expectProblem(
          await client.post(id('/members'), { registrationId: ids.ID, role: 'adviser' }),
          403,
          'auth.forbidden',
        );
        expectProblem(await client.get(url('/mine')), 404, 'delegation.not_focal_point');
      }
    });
  });

  describe('members', () => {
    it("lists the country's delegate registrations still active, and endorses one as head, confirming the delegation", async () => {
      const [ayu, budi] = await delegateRegistrations(test, event.id, 'ID', ['Ayu Lestari', 'Budi Santoso']);
      await delegateRegistrations(test, event.id, 'ID', ['Gone Person'], 'cancelled');
      await delegateRegistrations(test, event.id, 'FI', ['Aino Virtanen']);
      await insertRegistrationRows(test.db, event.id, [
        { name: 'Public Person', country: 'ID', category: 'participant' },
      ]);
      const [erased] = await delegateRegistrations(test, event.id, 'ID', ['Erased Person']);
      await test.db
        .update(registrations)
        .set({ erasedAt: new Date() })
        .where(eq(registrations.id, erased?.id ?? ''));

      const workspace = await focal.get(url(`/${ids.ID}/workspace`));
      expect(workspace.status).toBe(200);
      expect(workspace.json.candidates.map((c: { name: string }) => c.name)).toEqual(['Ayu Lestari', 'Budi Santoso']);

      const before = await lastAuditId(test.db);
      const endorsed = await focal.post(url(`/${ids.ID}/members`), {
        registrationId: ayu?.id,
        role: 'head',
        rank: 'minister',
      });
      expect(endorsed.status).toBe(200);
      expect(endorsed.json.delegation.head).toEqual({ name: 'Ayu Lestari', rank: 'minister' });
      expect(endorsed.json.delegation.confirmedAt).not.toBeNull();
      expect(endorsed.json.delegation.members).toMatchObject([
        { name: 'Ayu Lestari', role: 'head', status: 'pending' },
      ]);
      expect(endorsed.json.candidates.map((c: { name: string }) => c.name)).toEqual(['Budi Santoso']);
      const audit = await auditRowsAfter(test.db, before);
      expect(audit).toMatchObject([{ action: 'delegation.member_endorsed', entityId: ids.ID }]);

      const second = await focal.post(url(`/${ids.ID}/members`), {
        registrationId: budi?.id,
        role: 'head',
        rank: 'ambassador',
      });
      expectProblem(second, 409, 'delegation.head_taken');
      expect(fieldsOf(second)).toEqual(['role']);
      const adviser = await focal.post(url(`/${ids.ID}/members`), { registrationId: budi?.id, role: 'adviser' });
      expect(adviser.json.delegation.members.map((m: { role: string }) => m.role)).toEqual(['head', 'adviser']);
    });

    it("shows the secretariat's list and detail which delegation endorsed a registration", async () => {
      const [ayu] = await delegateRegistrations(test, event.id, 'ID', ['Ayu Lestari', 'Budi Santoso']);
      await focal.post(url(`/${ids.ID}/members`), { registrationId: ayu?.id, role: 'head', rank: 'minister' });
      const detail = await organizer.get(`/api/events/${event.slug}/registrations/${ayu?.id}`);
      expect(detail.json.endorsedBy).toEqual({ delegationId: ids.ID, country: 'ID', name: {}, role: 'head' });
      const list = await organizer.get(`/api/events/${event.slug}/registrations?category=delegate`);
      const endorsed = Object.fromEntries(
        list.json.items.map((item: { name: string; endorsedBy: { role: string } | null }) => [
          item.name,
          item.endorsedBy?.role ?? null,
        ]),
      );
      expect(endorsed).toEqual({ 'Ayu Lestari': 'head', 'Budi Santoso': null });
    });

    it('refuses a head without a rank (400 naming rank) and a registration of another country (400)', async () => {
      const [ayu] = await delegateRegistrations(test, event.id, 'ID', ['Ayu Lestari']);
      const [aino] = await delegateRegistrations(test, event.id, 'FI', ['Aino Virtanen']);
      const rankless = await focal.post(url(`/${ids.ID}/members`), { registrationId: ayu?.id, role: 'head' });
      expectProblem(rankless, 400, 'validation.failed');
      expect(fieldsOf(rankless)).toEqual(['rank']);
      const foreign = await focal.post(url(`/${ids.ID}/members`), { registrationId: aino?.id, role: 'delegate' });
      expectProblem(foreign, 400, 'delegation.not_a_candidate');
      expect(fieldsOf(foreign)).toEqual(['registrationId']);
    });
  });

  describe('PUT .../theme', () => {
    it('refuses a theme over its quota with 409 naming themeId, counting only the other delegations', async () => {
      await organizer.put(url('/settings'), { themeQuotas: { [crisis]: 1 } });
      const fi = await organizer.put(url(`/${ids.FI}/theme`), { themeId: crisis });
      expect(fi.status).toBe(200);
      const full = await focal.put(url(`/${ids.ID}/theme`), { themeId: crisis });
      expectProblem(full, 409, 'delegation.theme_full');
      expect(fieldsOf(full)).toEqual(['themeId']);
      const other = await focal.put(url(`/${ids.ID}/theme`), { themeId: opportunities });
      expect(other.json.delegation.theme.id).toBe(opportunities);
      // Choosing its own theme again is no second place.
      expect((await organizer.put(url(`/${ids.FI}/theme`), { themeId: crisis })).status).toBe(200);
      expect(other.json.themes).toMatchObject([
        { id: crisis, quota: 1, taken: 1 },
        { id: opportunities, quota: null, taken: 1 },
      ]);
    });

    it('refuses a theme of no such kind with 400 naming themeId', async () => {
      const response = await focal.put(url(`/${ids.ID}/theme`), { themeId: '00000000-0000-4000-8000-000000000000' });
      expectProblem(response, 400, 'delegation.theme_unknown');
      expect(fieldsOf(response)).toEqual(['themeId']);
    });
  });

  describe('PUT .../statement', () => {
    it('takes English and/or Indonesian and an https video, audited', async () => {
      const before = await lastAuditId(test.db);
      const response = await focal.put(url(`/${ids.ID}/statement`), {
        statement: { en: '', id: 'Indonesia mendukung ruang digital yang terbuka.' },
        videoUrl: 'https://video.example/id-statement',
      });
      expect(response.status).toBe(200);
      expect(response.json.delegation).toMatchObject({
        statement: { id: 'Indonesia mendukung ruang digital yang terbuka.' },
        statementVideoUrl: 'https://video.example/id-statement',
        hasStatement: true,
      });
      expect((await auditRowsAfter(test.db, before)).map((row) => row.action)).toEqual([
        'delegation.statement_submitted',
      ]);
    });

    it('refuses a statement in neither language, and a video link that is not https, with 400', async () => {
      const empty = await focal.put(url(`/${ids.ID}/statement`), { statement: { en: ' ' } });
      expectProblem(empty, 400, 'validation.failed');
      expect(fieldsOf(empty)).toEqual(['statement']);
      const video = await focal.put(url(`/${ids.ID}/statement`), { ...statement, videoUrl: 'http://video.example/x' });
      expect(fieldsOf(video)).toEqual(['videoUrl']);
    });

    it('locks the statement and the theme after the deadline: 409 delegation.statement_locked, nothing changed', async () => {
      await focal.put(url(`/${ids.ID}/statement`), statement);
      await organizer.put(url('/settings'), { statementDeadline: new Date(Date.now() - 60_000).toISOString() });
      const late = await focal.put(url(`/${ids.ID}/statement`), { statement: { en: 'A late change.' } });
      expectProblem(late, 409, 'delegation.statement_locked');
      expectProblem(await focal.put(url(`/${ids.ID}/theme`), { themeId: crisis }), 409, 'delegation.statement_locked');
      const workspace = await focal.get(url(`/${ids.ID}/workspace`));
      expect(workspace.json.isLocked).toBe(true);
      expect(workspace.json.delegation).toMatchObject({ statement: statement.statement, theme: null });
    });
  });

  describe('the public pages', () => {
    it('show the head by name and rank and the submitted statement, and no other personal data', async () => {
      const [ayu, budi] = await delegateRegistrations(test, event.id, 'ID', ['Ayu Lestari', 'Budi Santoso']);
      await focal.post(url(`/${ids.ID}/members`), { registrationId: ayu?.id, role: 'head', rank: 'vice_minister' });
      await focal.post(url(`/${ids.ID}/members`), { registrationId: budi?.id, role: 'adviser' });
      await focal.put(url(`/${ids.ID}/theme`), { themeId: opportunities });
      const beforeSubmitting = await anonymous().get(url(`/${ids.ID}`));
      expect(beforeSubmitting.json).toMatchObject({ hasStatement: false, statement: {} });

      await focal.put(url(`/${ids.ID}/statement`), statement);
      const list = await anonymous().get(url());
      expect(list.status).toBe(200);
      expect(list.json.delegations[0]).toMatchObject({
        country: 'ID',
        head: { name: 'Ayu Lestari', rank: 'vice_minister' },
        theme: { id: opportunities },
        hasStatement: true,
        speakingOrder: 1,
      });
      const detail = await anonymous().get(url(`/${ids.ID}`));
      expect(detail.json.statement).toEqual(statement.statement);
      for (const body of [list.body, detail.body]) {
        expect(body).not.toContain('Budi');
        expect(body).not.toContain(ayu?.email);
        expect(body).not.toContain('@');
      }
      expectProblem(await anonymous().get(url('/00000000-0000-4000-8000-000000000000')), 404, 'delegation.not_found');
    });
  });
});
