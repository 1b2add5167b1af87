import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventRoles } from '../../../core/auth/auth.tables.js';
import { TestClient } from '../../../testing/client.js';
import {
  createInvitedDelegations,
  delegateRegistrations,
  focalPointClient,
  overviewOf,
} from '../../../testing/delegations.js';
import { expectProblem, fieldsOf } from '../../../testing/expect.js';
import { createTestEvent, signedInClient } from '../../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../../testing/harness.js';
import { auditRowsAfter, lastAuditId, outboxTo } from '../../../testing/records.js';

type Event = Awaited<ReturnType<typeof createTestEvent>>;

describe.each(BACKENDS)('delegations, the staff side (%s)', (backend) => {
  let test: TestApp;
  let event: Event;
  let organizer: TestClient;
  let secretariat: TestClient;
  const anonymous = () => new TestClient(test.app);
  const url = (rest = '') => `/api/events/${event.slug}/delegations${rest}`;
  /** A participant, a delegate and the focal point of another delegation: none of them is staff. */
  const outsiders = async (otherDelegationId: string) => [
    (await signedInClient(test, { eventId: event.id, roles: ['participant'] })).client,
    (await signedInClient(test, { eventId: event.id, roles: ['delegate'] })).client,
    (await focalPointClient(test, organizer, event.slug, otherDelegationId)).client,
  ];

  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  beforeEach(async () => {
    event = await createTestEvent(test.db, {
      invitedCountries: ['ID', 'FI', 'JP'],
      statementThemes: [{ title: { en: 'Crisis management' } }, { title: { en: 'New opportunities' } }],
    });
    organizer = (await signedInClient(test, { eventId: event.id, roles: ['organizer'] })).client;
    secretariat = (await signedInClient(test, { eventId: event.id, roles: ['secretariat'] })).client;
  });
  afterAll(() => test.close());

  describe('POST /api/events/:slug/delegations/invited', () => {
    it('makes one delegation per invited country that has none, audited, and none twice', async () => {
      const before = await lastAuditId(test.db);
      expect((await secretariat.post(url('/invited'))).json).toEqual({ created: 3 });
      expect((await organizer.post(url('/invited'))).json).toEqual({ created: 0 });
      const overview = await overviewOf(organizer, event.slug);
      expect(overview.delegations.map((d) => d.country).sort()).toEqual(['FI', 'ID', 'JP']);
      const audit = await auditRowsAfter(test.db, before);
      expect(audit.filter((row) => row.action === 'delegation.created')).toHaveLength(3);
    });

    it('refuses the anonymous with 401 and a participant, a delegate or a focal point with 403', async () => {
      const ids = await createInvitedDelegations(organizer, event.slug);
      expectProblem(await anonymous().post(url('/invited')), 401, 'auth.required');
      for (const client of await outsiders(ids.FI ?? '')) {
        expectProblem(await client.post(url('/invited')), 403, 'auth.forbidden');
        expectProblem(await client.get(url('/overview')), 403, 'auth.forbidden');
        expectProblem(await client.post(url(), { kind: 'country', country: 'NZ' }), 403, 'auth.forbidden');
        expectProblem(await client.put(url('/settings'), { statementDeadline: null }), 403, 'auth.forbidden');
      }
      expectProblem(await anonymous().get(url('/overview')), 401, 'auth.required');
    });
  });

  describe('POST /api/events/:slug/delegations', () => {
    it('adds an organisation by name and refuses a second delegation of one country with 409', async () => {
      const response = await organizer.post(url(), { kind: 'organization', name: { en: 'ASEAN Secretariat' } });
      expect(response.status).toBe(201);
      expect(response.json).toMatchObject({ kind: 'organization', country: null, name: { en: 'ASEAN Secretariat' } });
      expect((await organizer.post(url(), { kind: 'country', country: 'NZ' })).status).toBe(201);
      const twice = await organizer.post(url(), { kind: 'country', country: 'NZ' });
      expectProblem(twice, 409, 'delegation.exists');
      expect(fieldsOf(twice)).toEqual(['country']);
    });

    it('refuses a country code that is not one with 400 naming country', async () => {
      for (const country of ['Finland', 'XX']) {
        const response = await organizer.post(url(), { kind: 'country', country });
        expectProblem(response, 400, 'validation.failed');
        expect(fieldsOf(response)).toContain('country');
      }
    });
  });

  describe('POST /api/events/:slug/delegations/:id/focal-points', () => {
    it('makes the account, the focal point role for that delegation and a mail in the chosen language', async () => {
      const ids = await createInvitedDelegations(organizer, event.slug);
      const before = await lastAuditId(test.db);
      const response = await secretariat.post(url(`/${ids.FI}/focal-points`), {
        email: 'Aino.Virtanen@formin.example',
        name: 'Aino Virtanen',
        language: 'id',
      });
      expect(response.status).toBe(201);
      const [role] = await test.db
        .select()
        .from(eventRoles)
        .where(and(eq(eventRoles.accountId, response.json.accountId), eq(eventRoles.eventId, event.id)));
      expect(role).toMatchObject({ role: 'focal_point', delegationId: ids.FI });
      const [mail] = await outboxTo(test.db, 'aino.virtanen@formin.example');
      expect(mail?.subject).toContain('narahubung delegasi Finlandia');
      expect(mail?.textBody).toContain(`next=%2Fevents%2F${event.slug}%2Fdelegation`);
      const audit = await auditRowsAfter(test.db, before);
      expect(audit.map((row) => row.action)).toEqual(['account.created', 'delegation.focal_point_invited']);
    });

    it("lets the mail's link sign the focal point in, holding the role", async () => {
      const ids = await createInvitedDelegations(organizer, event.slug);
      const { client } = await focalPointClient(test, organizer, event.slug, ids.ID ?? '');
      const session = await client.get('/api/session');
      expect(session.json.account.roles).toEqual([
        { eventSlug: event.slug, role: 'focal_point', delegationId: ids.ID },
      ]);
      expect((await client.get(url('/mine'))).json).toEqual({ delegationId: ids.ID });
    });

    it('gives a focal point named in the roles section, with no delegation yet, this delegation', async () => {
      const ids = await createInvitedDelegations(organizer, event.slug);
      const { client, account } = await signedInClient(test);
      const granted = await organizer.post(`/api/events/${event.slug}/roles`, {
        email: account.email,
        role: 'focal_point',
      });
      expect(granted.status).toBe(201);
      expectProblem(await client.get(url('/mine')), 404, 'delegation.not_focal_point');
      expect((await organizer.post(url(`/${ids.FI}/focal-points`), { email: account.email })).status).toBe(201);
      expect((await client.get(url('/mine'))).json).toEqual({ delegationId: ids.FI });
      expect((await client.get(url(`/${ids.FI}/workspace`))).status).toBe(200);
    });

    it('asks for the name of a new person (400 naming name) and refuses the focal point of another delegation (409)', async () => {
      const ids = await createInvitedDelegations(organizer, event.slug);
      const nameless = await organizer.post(url(`/${ids.ID}/focal-points`), { email: 'new@example.org' });
      expectProblem(nameless, 400, 'role.name_required');
      expect(fieldsOf(nameless)).toEqual(['name']);
      const { email } = await focalPointClient(test, organizer, event.slug, ids.ID ?? '');
      const elsewhere = await organizer.post(url(`/${ids.FI}/focal-points`), { email });
      expectProblem(elsewhere, 409, 'delegation.focal_point_elsewhere');
      expect(fieldsOf(elsewhere)).toEqual(['email']);
    });

    it('refuses the anonymous with 401 and non-staff with 403, inviting no one', async () => {
      const ids = await createInvitedDelegations(organizer, event.slug);
      const body = { email: 'someone@example.org', name: 'Someone' };
      expectProblem(await anonymous().post(url(`/${ids.ID}/focal-points`), body), 401, 'auth.required');
      for (const client of await outsiders(ids.FI ?? '')) {
        expectProblem(await client.post(url(`/${ids.ID}/focal-points`), body), 403, 'auth.forbidden');
      }
      expect(await outboxTo(test.db, 'someone@example.org')).toEqual([]);
    });
  });

  describe('PUT /api/events/:slug/delegations/settings', () => {
    it('sets the deadline and the quotas, and refuses a quota for a theme of another event', async () => {
      const themeId = event.statementThemes[0]?.id ?? '';
      const response = await secretariat.put(url('/settings'), {
        statementDeadline: '2030-02-20T17:00:00+08:00',
        themeQuotas: { [themeId]: 2 },
      });
      expect(response.status).toBe(200);
      expect(response.json.settings).toEqual({
        statementDeadline: '2030-02-20T09:00:00.000Z',
        themeQuotas: { [themeId]: 2 },
      });
      expect(response.json.themes[0]).toMatchObject({ id: themeId, quota: 2, taken: 0 });
      const stranger = '00000000-0000-4000-8000-000000000000';
      const refused = await organizer.put(url('/settings'), { themeQuotas: { [stranger]: 1 } });
      expectProblem(refused, 400, 'validation.failed');
      expect(fieldsOf(refused)).toEqual([`themeQuotas.${stranger}`]);
    });
  });

  describe('the plenary speaking order', () => {
    /** Heads of delegation endorsed in this order: FI an expert, JP a minister, ID an ambassador. */
    async function withHeads() {
      const ids = await createInvitedDelegations(organizer, event.slug);
      for (const [country, rank] of [
        ['FI', 'expert'],
        ['JP', 'minister'],
        ['ID', 'ambassador'],
      ] as const) {
        const [registration] = await delegateRegistrations(test, event.id, country, [`Head of ${country}`]);
        const endorsed = await organizer.post(url(`/${ids[country]}/members`), {
          registrationId: registration?.id,
          role: 'head',
          rank,
        });
        expect(endorsed.status).toBe(200);
      }
      await organizer.post(url(), { kind: 'organization', name: { en: 'No head yet' } });
      return ids;
    }
    const countries = async (client = organizer) =>
      (await overviewOf(client, event.slug)).delegations.map((d) => d.country ?? 'org');

    it('follows protocol by default: rank of the head, then confirmation; no head last', async () => {
      await withHeads();
      expect(await countries()).toEqual(['JP', 'ID', 'FI', 'org']);
      const staffOrder = (await overviewOf(organizer, event.slug)).delegations.map((d) => d.speakingOrder);
      expect(staffOrder).toEqual([1, 2, 3, 4]);
    });

    it('shows the public only the confirmed delegations, numbered 1, 2, 3... within each theme', async () => {
      const ids = await withHeads();
      const themes = (await overviewOf(organizer, event.slug)).themes.map((theme) => theme.id);
      // JP and FI speak on the first theme, ID on the second; NZ (no head yet) is not confirmed.
      for (const [country, theme] of [
        ['JP', themes[0]],
        ['ID', themes[1]],
        ['FI', themes[0]],
      ] as const) {
        expect((await organizer.put(url(`/${ids[country]}/theme`), { themeId: theme })).status).toBe(200);
      }
      const unconfirmed = await organizer.post(url(), { kind: 'country', country: 'NZ' });
      await organizer.put(url(`/${unconfirmed.json.id}/theme`), { themeId: themes[0] });

      const response = await anonymous().get(url());
      expect(response.status).toBe(200);
      const seen = response.json.delegations.map(
        (d: { country: string; theme: { id: string }; speakingOrder: number }) => [
          d.country,
          d.theme.id === themes[0] ? 'first' : 'second',
          d.speakingOrder,
        ],
      );
      expect(seen).toEqual([
        ['JP', 'first', 1],
        ['ID', 'second', 1],
        ['FI', 'first', 2],
      ]);
      expect(response.body).not.toContain('No head yet');
      expect(response.body).not.toContain('"NZ"');
      expectProblem(await anonymous().get(url(`/${unconfirmed.json.id}`)), 404, 'delegation.not_found');
      expect((await anonymous().get(url(`/${ids.FI}`))).json).toMatchObject({ country: 'FI', speakingOrder: 2 });
      // The staff still see every delegation, numbered through the whole plenary.
      expect(await countries()).toEqual(['JP', 'ID', 'FI', 'org', 'NZ']);
    });

    it("takes the organizers' order, audited, and goes back to protocol on request", async () => {
      const ids = await withHeads();
      const overview = await overviewOf(organizer, event.slug);
      const org = overview.delegations.find((d) => d.country === null)?.id;
      const before = await lastAuditId(test.db);
      const reordered = await organizer.put(url('/speaking-order'), { ids: [ids.FI, org, ids.ID, ids.JP] });
      expect(reordered.status).toBe(200);
      expect(await countries()).toEqual(['FI', 'org', 'ID', 'JP']);
      const cleared = await organizer.delete(url('/speaking-order'));
      expect(cleared.status).toBe(200);
      expect(await countries()).toEqual(['JP', 'ID', 'FI', 'org']);
      const audit = await auditRowsAfter(test.db, before);
      expect(audit.map((row) => row.action)).toEqual([
        'delegation.speaking_order_set',
        'delegation.speaking_order_cleared',
      ]);
    });

    it('refuses a list that leaves out or repeats a delegation with 400, changing nothing', async () => {
      const ids = await withHeads();
      const partial = await organizer.put(url('/speaking-order'), { ids: [ids.FI, ids.ID] });
      expectProblem(partial, 400, 'validation.failed');
      expect(fieldsOf(partial)).toEqual(['ids']);
      const twice = await organizer.put(url('/speaking-order'), { ids: [ids.FI, ids.FI, ids.ID, ids.JP] });
      expect(fieldsOf(twice)).toEqual(['ids.1']);
      expect(await countries()).toEqual(['JP', 'ID', 'FI', 'org']);
    });

    it('lets organizers alone reorder: 401 anonymous, 403 secretariat, participant, delegate, focal point', async () => {
      const ids = await withHeads();
      const body = { ids: [ids.FI, ids.ID, ids.JP] };
      expectProblem(await anonymous().put(url('/speaking-order'), body), 401, 'auth.required');
      for (const client of [secretariat, ...(await outsiders(ids.FI ?? ''))]) {
        expectProblem(await client.put(url('/speaking-order'), body), 403, 'auth.forbidden');
        expectProblem(await client.delete(url('/speaking-order')), 403, 'auth.forbidden');
      }
    });
  });
});
