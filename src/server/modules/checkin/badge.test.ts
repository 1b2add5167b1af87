import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawableText } from '../../core/pdf/fonts.js';
import { getBytes, registrantWithRow, visitorRow } from '../../testing/badgeHolders.js';
import { expectProblem } from '../../testing/expect.js';
import { createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { hasPoppler, pdfText, qrCodesOf } from '../../testing/pdf.js';

if (!hasPoppler)
  console.warn('pdftoppm/pdftotext (poppler-utils) not found: the tests that read the badges are skipped');

describe('drawableText', () => {
  it('keeps what the font has, drops marks it lacks and puts ? for the rest', () => {
    const font = new Set([...'Nguyen ThiHương'].map((c) => c.codePointAt(0) ?? 0));
    expect(drawableText('Nguyễn Thị Hương', font)).toBe('Nguyen Thi Hương');
    expect(drawableText('Hương 日本', font)).toBe('Hương ??');
  });
});

describe.each(BACKENDS)('badges (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  const eventWithPlaces = (capacity: number) =>
    createTestEvent(test.db, { rooms: [{ name: { en: 'Plenary' }, capacity }] });

  describe('GET /api/events/:slug/registrations/me/badge.pdf', () => {
    it('answers 401 to the anonymous', async () => {
      const event = await eventWithPlaces(10);
      expectProblem(
        await getBytes(test, null, `/api/events/${event.slug}/registrations/me/badge.pdf`),
        401,
        'auth.required',
      );
    });

    it('answers 404 badge.not_available without a registration, online, or waitlisted', async () => {
      const event = await eventWithPlaces(1);
      const url = `/api/events/${event.slug}/registrations/me/badge.pdf`;
      const { client } = await signedInClient(test);
      expectProblem(await getBytes(test, client, url), 404, 'badge.not_available');
      const online = await registrantWithRow(test, event.slug, { attendance: 'virtual' });
      expectProblem(await getBytes(test, online.client, url), 404, 'badge.not_available');
      await registrantWithRow(test, event.slug);
      const waitlisted = await registrantWithRow(test, event.slug);
      expect(waitlisted.row.status).toBe('waitlisted');
      const response = await getBytes(test, waitlisted.client, url);
      expectProblem(response, 404, 'badge.not_available');
      expect(JSON.stringify(response.json)).toContain('waitlisted');
    });

    it('gives a confirmed in-person registrant a one-page PDF with their name, its details and the code', async () => {
      const event = await eventWithPlaces(10);
      const { client, row } = await registrantWithRow(test, event.slug, {
        name: 'Nguyễn Thị Hương',
        organization: 'Министерство иностранных дел',
        country: 'VN',
        language: 'id',
      });
      const response = await getBytes(test, client, `/api/events/${event.slug}/registrations/me/badge.pdf`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toContain('attachment');
      const pdf = await PDFDocument.load(response.bytes);
      expect(pdf.getPageCount()).toBe(1);
      expect(pdf.getTitle()).toContain('Nguyễn Thị Hương');
      if (!hasPoppler) return;
      const text = pdfText(response.bytes);
      // In the registrant's language: Indonesian names of the country, the category and the event.
      for (const shown of [
        'Nguyễn Thị Hương',
        'Министерство иностранных дел',
        'Vietnam',
        'Peserta umum',
        'Konferensi Uji',
      ]) {
        expect(text).toContain(shown);
      }
      expect(text).toContain(row.checkInCode);
    });

    it('still gives a badge when the name is in a script the font lacks', async () => {
      const event = await eventWithPlaces(10);
      const { client } = await registrantWithRow(test, event.slug, { name: '山田 太郎', organization: 'Gaimushō' });
      const response = await getBytes(test, client, `/api/events/${event.slug}/registrations/me/badge.pdf`);
      expect(response.status).toBe(200);
      expect((await PDFDocument.load(response.bytes)).getPageCount()).toBe(1);
      if (hasPoppler) expect(pdfText(response.bytes)).toContain('?? ??');
    });

    it.skipIf(!hasPoppler)('prints a QR code that reads as the check-in code (needs pdftoppm)', async () => {
      const event = await eventWithPlaces(10);
      const { client, row } = await registrantWithRow(test, event.slug);
      const response = await getBytes(test, client, `/api/events/${event.slug}/registrations/me/badge.pdf`);
      expect(qrCodesOf(response.bytes)).toEqual([row.checkInCode]);
    });
  });

  describe('GET /api/events/:slug/badges.pdf', () => {
    it('answers 401 to the anonymous and to a personal link, 403 to a participant or a moderator', async () => {
      const event = await eventWithPlaces(10);
      const url = `/api/events/${event.slug}/badges.pdf`;
      expectProblem(await getBytes(test, null, url), 401, 'auth.required');
      // A personal link's session opens its registration only: it is signed in to no account (issue 9).
      const { client } = await registrantWithRow(test, event.slug);
      expectProblem(await getBytes(test, client, url), 401, 'auth.required');
      const participant = await signedInClient(test, { eventId: event.id, roles: ['participant'] });
      expectProblem(await getBytes(test, participant.client, url), 403, 'auth.forbidden');
      const moderator = await signedInClient(test, { eventId: event.id, roles: ['moderator'] });
      expectProblem(await getBytes(test, moderator.client, url), 403, 'auth.forbidden');
    });

    it('holds one badge per confirmed in-person registrant and none for the others', async () => {
      const event = await eventWithPlaces(2);
      const first = await visitorRow(test, event.slug, {
        attendance: 'in_person',
        name: 'Ayu First',
      });
      const second = await visitorRow(test, event.slug, {
        attendance: 'in_person',
        name: 'Budi Second',
      });
      const waitlisted = await visitorRow(test, event.slug, {
        attendance: 'in_person',
        name: 'Citra Waiting',
      });
      const online = await visitorRow(test, event.slug, { name: 'Dewi Online' });
      expect([first.status, second.status, waitlisted.status, online.status]).toEqual([
        'confirmed',
        'confirmed',
        'waitlisted',
        'confirmed',
      ]);
      const { client } = await signedInClient(test, { eventId: event.id, roles: ['secretariat'] });
      const response = await getBytes(test, client, `/api/events/${event.slug}/badges.pdf`);
      expect(response.status).toBe(200);
      expect((await PDFDocument.load(response.bytes)).getPageCount()).toBe(2);
      if (!hasPoppler) return;
      const text = pdfText(response.bytes);
      expect(text).toContain('Ayu First');
      expect(text).toContain('Budi Second');
      expect(text).not.toContain('Citra Waiting');
      expect(text).not.toContain('Dewi Online');
      expect(qrCodesOf(response.bytes)).toEqual([first.checkInCode, second.checkInCode]);
    });

    it('keeps only the badges the filters match, and answers 404 when none does', async () => {
      const event = await eventWithPlaces(10);
      await visitorRow(test, event.slug, { attendance: 'in_person', country: 'FI', name: 'Aino' });
      await visitorRow(test, event.slug, {
        attendance: 'in_person',
        country: 'ID',
        name: 'Bagus',
        sector: 'academia',
      });
      await visitorRow(test, event.slug, {
        attendance: 'in_person',
        country: 'ID',
        name: 'Sari',
        organization: 'Pusat 100% Data',
      });
      const { client } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
      const pages = async (query: string) => {
        const response = await getBytes(test, client, `/api/events/${event.slug}/badges.pdf?${query}`);
        if (response.status !== 200) return response.status;
        return (await PDFDocument.load(response.bytes)).getPageCount();
      };
      expect(await pages('')).toBe(3);
      expect(await pages('country=ID')).toBe(2);
      expect(await pages('country=ID&sector=academia')).toBe(1);
      expect(await pages('q=100%25')).toBe(1);
      expect(await pages('q=aIn')).toBe(1);
      expect(await pages('category=participant')).toBe(3);
      expectProblem(
        await getBytes(test, client, `/api/events/${event.slug}/badges.pdf?status=waitlisted`),
        404,
        'badge.none_match',
      );
      const bad = await getBytes(test, client, `/api/events/${event.slug}/badges.pdf?sector=army`);
      expectProblem(bad, 400, 'validation.failed');
      expect(JSON.stringify(bad.json)).toContain('sector');
    });
  });
});
