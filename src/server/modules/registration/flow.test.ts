import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationForm } from '../../../shared/registration.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem, fieldsOf } from '../../testing/expect.js';
import { buildRegistration, createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { outboxTo } from '../../testing/records.js';
import { registerVisitor } from '../../testing/registrants.js';
import { registrations } from './registration.tables.js';

describe.each(BACKENDS)('registration form and decisions (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  const newEvent = (capacity = 10) =>
    createTestEvent(test.db, {
      rooms: [
        { name: { en: 'Plenary' }, capacity },
        { name: { en: 'Panel A' }, capacity: 5 },
      ],
    });
  const formUrl = (slug: string) => `/api/events/${slug}/registration-form`;
  const staff = (eventId: string, role: 'organizer' | 'secretariat' = 'secretariat') =>
    signedInClient(test, { eventId, roles: [role] });
  /** The form as PUT takes it: what GET shows, less what it adds (panels and places). */
  const formBody = async (client: TestClient, slug: string) => {
    const { panels: _p, inPersonPlaces: _i, inPersonConfirmed: _c, ...form } = (await client.get(formUrl(slug))).json;
    return form;
  };
  const withForm = async (slug: string, eventId: string, change: Partial<RegistrationForm>) => {
    const { client } = await staff(eventId, 'organizer');
    const response = await client.request('PUT', formUrl(slug), { ...(await formBody(client, slug)), ...change });
    if (response.status !== 200) throw new Error(response.body);
  };
  const statusOf = async (id: string) =>
    (await test.db.select({ status: registrations.status }).from(registrations).where(eq(registrations.id, id)))[0]
      ?.status;

  describe('GET /api/events/:slug/registration-form', () => {
    it('shows anyone the default form: public categories, panels after the plenary, places', async () => {
      const event = await newEvent(10);
      await registerVisitor(test, event.slug, { attendance: 'in_person' });
      const response = await new TestClient(test.app).get(formUrl(event.slug));
      expect(response.status).toBe(200);
      expect(response.json.categories.map((c: { key: string }) => c.key)).toEqual([
        'participant',
        'delegate',
        'speaker',
        'media',
        'staff',
      ]);
      expect(response.json.panels.map((p: { name: { en: string } }) => p.name.en)).toEqual(['Panel A']);
      expect(response.json).toMatchObject({ inPersonPlaces: 10, inPersonConfirmed: 1, isOpen: true });
    });
  });

  describe('PUT /api/events/:slug/registration-form', () => {
    it('lets organizers and the secretariat configure it, nobody else', async () => {
      const event = await newEvent();
      const body = await formBody(new TestClient(test.app), event.slug);
      expectProblem(await new TestClient(test.app).request('PUT', formUrl(event.slug), body), 401, 'auth.required');
      for (const role of ['participant', 'delegate', 'moderator'] as const) {
        const { client } = await signedInClient(test, { eventId: event.id, roles: [role] });
        expectProblem(await client.request('PUT', formUrl(event.slug), body), 403, 'auth.forbidden');
      }
      const { client } = await staff(event.id);
      const saved = await client.request('PUT', formUrl(event.slug), { ...body, inPersonCapacity: 3 });
      expect(saved.status).toBe(200);
      expect((await client.get(formUrl(event.slug))).json.inPersonPlaces).toBe(3);
    });

    it('refuses two categories with one key, naming the field', async () => {
      const event = await newEvent();
      const { client } = await staff(event.id);
      const body = await formBody(client, event.slug);
      const response = await client.request('PUT', formUrl(event.slug), {
        ...body,
        categories: [body.categories[0], body.categories[0]],
      });
      expectProblem(response, 400, 'validation.failed');
      expect(fieldsOf(response)).toContain('categories');
    });

    it('refuses a choice question without options, and options with one key twice', async () => {
      const event = await newEvent();
      const { client } = await staff(event.id);
      const body = await formBody(client, event.slug);
      const question = { key: 'diet', label: { en: 'Diet' }, type: 'single', isRequired: true };
      const empty = await client.request('PUT', formUrl(event.slug), {
        ...body,
        questions: [{ ...question, options: [] }],
      });
      expectProblem(empty, 400, 'validation.failed');
      expect(fieldsOf(empty)).toEqual(['questions.0.options']);
      const option = { key: 'halal', label: { en: 'Halal' } };
      const twice = await client.request('PUT', formUrl(event.slug), {
        ...body,
        questions: [{ ...question, options: [option, option] }],
      });
      expect(fieldsOf(twice)).toEqual(['questions.0.options']);
      expect((await client.get(formUrl(event.slug))).json.questions).toEqual([]);
    });

    it('lets the waiting list in when places are added', async () => {
      const event = await newEvent(1);
      await registerVisitor(test, event.slug, { attendance: 'in_person' });
      const waiting = await registerVisitor(test, event.slug, { attendance: 'in_person' });
      expect(waiting.status).toBe('waitlisted');
      await withForm(event.slug, event.id, { inPersonCapacity: 2 });
      expect(await statusOf(waiting.id)).toBe('confirmed');
    });
  });

  describe('POST /api/events/:slug/registrations with the configured form', () => {
    it('sends in-person media to accreditation and confirms them online at once', async () => {
      const event = await newEvent();
      const inPerson = await registerVisitor(test, event.slug, { category: 'media', attendance: 'in_person' });
      const online = await registerVisitor(test, event.slug, { category: 'media', attendance: 'virtual' });
      expect([inPerson.status, online.status]).toEqual(['pending', 'confirmed']);
      const [mail] = await outboxTo(test.db, inPerson.body.email);
      expect(mail?.textBody).toContain('The secretariat will review your accreditation');
    });

    it('refuses a category that is not offered publicly', async () => {
      const event = await newEvent();
      for (const category of ['delegate', 'no_such_category']) {
        const response = await new TestClient(test.app).post(`/api/events/${event.slug}/registrations`, {
          ...buildRegistration({ category }),
        });
        expectProblem(response, 400, 'validation.failed');
        expect(fieldsOf(response)).toEqual(['category']);
      }
    });

    it('checks the answers to custom questions and the panels', async () => {
      const event = await newEvent();
      await withForm(event.slug, event.id, {
        questions: [
          {
            key: 'diet',
            label: { en: 'Diet' },
            type: 'single',
            isRequired: true,
            options: [
              { key: 'halal', label: { en: 'Halal' } },
              { key: 'vegan', label: { en: 'Vegan' } },
            ],
          },
          { key: 'press', label: { en: 'Press pass?' }, type: 'checkbox', isRequired: false, options: [] },
        ],
      });
      const post = (body: object) => new TestClient(test.app).post(`/api/events/${event.slug}/registrations`, body);
      const missing = await post(buildRegistration());
      expect(fieldsOf(missing)).toEqual(['answers.diet']);
      const wrong = await post(buildRegistration({ answers: { diet: 'pizza', press: 'yes', extra: 'x' } }));
      expect(fieldsOf(wrong).sort()).toEqual(['answers.diet', 'answers.extra', 'answers.press']);
      const badPanel = await post(
        buildRegistration({ answers: { diet: 'halal' }, panels: ['00000000-0000-4000-8000-000000000000'] }),
      );
      expect(fieldsOf(badPanel)).toEqual(['panels']);
      const panelId = (await new TestClient(test.app).get(formUrl(event.slug))).json.panels[0].id;
      const good = await post(buildRegistration({ answers: { diet: 'vegan', press: true }, panels: [panelId] }));
      expect(good.status).toBe(201);
      const [row] = await test.db.select().from(registrations).where(eq(registrations.id, good.json.id));
      expect(row).toMatchObject({ answers: { diet: 'vegan', press: true }, panels: [panelId] });
    });

    it('answers 400 registration.closed when the form is closed', async () => {
      const event = await newEvent();
      await withForm(event.slug, event.id, { isOpen: false });
      const response = await new TestClient(test.app).post(
        `/api/events/${event.slug}/registrations`,
        buildRegistration(),
      );
      expectProblem(response, 400, 'registration.closed');
    });

    it('records the version of the privacy notice agreed to', async () => {
      const event = await newEvent();
      await withForm(event.slug, event.id, { privacyVersion: 'v7' });
      const { id } = await registerVisitor(test, event.slug);
      const [row] = await test.db.select().from(registrations).where(eq(registrations.id, id));
      expect(row?.consentVersion).toBe('v7');
    });
  });

  describe('POST /api/events/:slug/registrations/decisions', () => {
    const decide = (client: TestClient, slug: string, body: object) =>
      client.post(`/api/events/${slug}/registrations/decisions`, body);

    it('answers 401 to the anonymous and 403 to everyone but organizers and the secretariat', async () => {
      const event = await newEvent();
      const pending = await registerVisitor(test, event.slug, { category: 'media', attendance: 'in_person' });
      const body = { ids: [pending.id], decision: 'approve' };
      expectProblem(await decide(new TestClient(test.app), event.slug, body), 401, 'auth.required');
      for (const role of ['participant', 'delegate', 'focal_point', 'speaker'] as const) {
        const { client } = await signedInClient(test, { eventId: event.id, roles: [role] });
        expectProblem(await decide(client, event.slug, body), 403, 'auth.forbidden');
      }
      expect(await statusOf(pending.id)).toBe('pending');
    });

    it('approves many at once while places last, waitlists the rest, and mails each', async () => {
      const event = await newEvent(1);
      const a = await registerVisitor(test, event.slug, { category: 'media', attendance: 'in_person' });
      const b = await registerVisitor(test, event.slug, { category: 'media', attendance: 'in_person' });
      const { client } = await staff(event.id);
      const response = await decide(client, event.slug, { ids: [a.id, b.id], decision: 'approve' });
      expect(response.json.changed).toEqual([
        { id: a.id, status: 'confirmed' },
        { id: b.id, status: 'waitlisted' },
      ]);
      expect((await outboxTo(test.db, a.body.email)).map((m) => m.subject)).toContain(
        'Test Conference: your place is confirmed',
      );
    });

    it('declines with a reason that reaches the person, and gives the freed place to the waiting list', async () => {
      const event = await newEvent(1);
      const holder = await registerVisitor(test, event.slug, { attendance: 'in_person' });
      const waiting = await registerVisitor(test, event.slug, { attendance: 'in_person' });
      const { client } = await staff(event.id, 'organizer');
      const response = await decide(client, event.slug, {
        ids: [holder.id],
        decision: 'decline',
        reason: 'Seats are kept for delegations.',
      });
      expect(response.json.changed).toEqual([
        { id: holder.id, status: 'declined' },
        { id: waiting.id, status: 'confirmed' },
      ]);
      const mails = await outboxTo(test.db, holder.body.email);
      expect(mails[mails.length - 1]?.textBody).toContain('Reason: Seats are kept for delegations.');
    });

    it('changes nothing when one of many cannot take the decision, and names it', async () => {
      const event = await newEvent();
      const pending = await registerVisitor(test, event.slug, { category: 'media', attendance: 'in_person' });
      const confirmed = await registerVisitor(test, event.slug);
      const { client } = await staff(event.id);
      const response = await decide(client, event.slug, { ids: [pending.id, confirmed.id], decision: 'approve' });
      expectProblem(response, 409, 'registration.not_decidable');
      expect(fieldsOf(response)).toEqual(['ids.1']);
      expect(await statusOf(pending.id)).toBe('pending');
      const unknown = await decide(client, event.slug, {
        ids: ['00000000-0000-4000-8000-000000000000'],
        decision: 'decline',
      });
      expect(fieldsOf(unknown)).toEqual(['ids.0']);
    });
  });
});
