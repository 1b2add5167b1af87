import { type Browser, expect, type Page } from '@playwright/test';
import { ORGANIZER, signInByMail } from './auth.js';
import { createOwnEvent } from './events.js';
import { linkIn, mailCount, waitForMail } from './mail.js';

/** The signed-in person's CSRF token, for writes through the API. */
export async function csrfHeaders(page: Page): Promise<Record<string, string>> {
  return { 'x-csrf-token': (await (await page.request.get('/api/session')).json()).csrfToken as string };
}

/** The rehearsal event's zone (Bali's). */
const EVENT_ZONE = 'Asia/Makassar';

/** A time some hours from now as a datetime-local input holds it, on the event's wall clock. */
export function inEventTime(hours: number): string {
  const at = new Date(Date.now() + hours * 3_600_000);
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: EVENT_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return parts.replace(' ', 'T');
}

const COUNTRIES = {
  ID: { focal: 'Dewi Anggraini', head: 'Ratna Wijaya', organization: 'Kementerian Luar Negeri' },
  FI: { focal: 'Aino Virtanen', head: 'Mikko Korhonen', organization: 'Ministry for Foreign Affairs' },
} as const;
type Country = keyof typeof COUNTRIES;

export interface FocalPoint {
  page: Page;
  delegationId: string;
  name: string;
}

/** The chair's first text: two preamble paragraphs and two paragraphs in each focus area, in both languages. */
function firstText(focusAreaIds: string[]) {
  const [policy, crisis] = focusAreaIds;
  return {
    baseVersion: 0,
    message: 'First draft of the chair',
    title: { en: 'Rehearsal Message', id: 'Pesan Gladi' },
    preamble: [
      { text: { en: 'We, the participants, meeting in Bali,', id: 'Kami, para peserta, yang bertemu di Bali,' } },
      { text: { en: 'Recognising the role of digital tools,', id: 'Mengakui peran perangkat digital,' } },
    ],
    sections: [
      {
        focusAreaId: policy,
        paragraphs: [
          { text: { en: 'We commit to open data.', id: 'Kami berkomitmen pada data terbuka.' } },
          { text: { en: 'We train our diplomats.', id: 'Kami melatih para diplomat kami.' } },
        ],
      },
      {
        focusAreaId: crisis,
        paragraphs: [
          { text: { en: 'We share early warnings.', id: 'Kami berbagi peringatan dini.' } },
          { text: { en: 'We protect our citizens abroad.', id: 'Kami melindungi warga kami di luar negeri.' } },
        ],
      },
    ],
  };
}

/**
 * An event of the test's own for the outcome document (the demo's is adopted, hence frozen): two
 * focus areas, Indonesia and Finland taking part (each head of delegation endorsed by its focal
 * point), each focal point signed in in a browser of their own, and the chair's (the organizer's,
 * signed in on `page`) first text saved as version 1; by default open for amendments for two days.
 */
export async function createOutcomeWorld(
  page: Page,
  browser: Browser,
  options: { slug: string; stage?: 'drafting' | 'amendments' },
) {
  const { slug, stage = 'amendments' } = options;
  await signInByMail(page, ORGANIZER.email, '/');
  const { event, headers } = await createOwnEvent(page, {
    slug,
    name: { en: 'Outcome Rehearsal', id: 'Gladi Dokumen Hasil' },
    // Before the demo's follow-up forum (15 November 2022): the home page lists the latest first after
    // the demo, and the organizer spec, which runs after these, expects the forum second.
    startsAt: '2022-03-01T09:00:00+08:00',
    endsAt: '2022-03-01T17:00:00+08:00',
    invitedCountries: Object.keys(COUNTRIES),
    focusAreas: [
      { title: { en: 'Policy frameworks', id: 'Kerangka kebijakan' } },
      { title: { en: 'Crisis management', id: 'Manajemen krisis' } },
    ],
  });
  const api = (rest: string) => `/api/events/${slug}${rest}`;
  const csv = [
    'name,email,country,organization,position,sector,attendance,category',
    ...(Object.entries(COUNTRIES) as [Country, (typeof COUNTRIES)[Country]][]).map(
      ([country, c]) =>
        `${c.head},head-${country.toLowerCase()}-${slug}@example.org,${country},${c.organization},Minister,government,in_person,delegate`,
    ),
  ].join('\r\n');
  expect(
    (await page.request.post(api('/registrations/import'), { headers, data: { csv, dryRun: false } })).status(),
  ).toBe(200);
  expect((await page.request.post(api('/delegations/invited'), { headers })).status()).toBe(200);
  const overview = (await (await page.request.get(api('/delegations/overview'))).json()) as {
    delegations: { id: string; country: string }[];
  };

  const focal = {} as Record<Country, FocalPoint>;
  for (const country of Object.keys(COUNTRIES) as Country[]) {
    const delegationId = overview.delegations.find((d) => d.country === country)?.id as string;
    const email = `focal-${country.toLowerCase()}-${slug}@example.org`;
    const before = mailCount();
    const invited = await page.request.post(api(`/delegations/${delegationId}/focal-points`), {
      headers,
      data: { email, name: COUNTRIES[country].focal, language: 'en' },
    });
    expect(invited.status()).toBe(201);
    const mail = await waitForMail(email, { after: before });
    const focalPage = await (await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' })).newPage();
    await focalPage.goto(linkIn(mail, 'http'));
    await expect(focalPage.getByRole('button', { name: 'Sign out' })).toBeVisible();
    const workspace = (await (await focalPage.request.get(api(`/delegations/${delegationId}/workspace`))).json()) as {
      candidates: { registrationId: string; name: string }[];
    };
    const head = workspace.candidates.find((c) => c.name === COUNTRIES[country].head);
    const endorsed = await focalPage.request.post(api(`/delegations/${delegationId}/members`), {
      headers: await csrfHeaders(focalPage),
      data: { registrationId: head?.registrationId, role: 'head', rank: 'minister' },
    });
    expect(endorsed.status()).toBe(200);
    focal[country] = { page: focalPage, delegationId, name: COUNTRIES[country].focal };
  }

  const focusAreaIds = (event as unknown as { focusAreas: { id: string }[] }).focusAreas.map((a) => a.id);
  expect((await page.request.put(api('/outcome/text'), { headers, data: firstText(focusAreaIds) })).status()).toBe(200);
  if (stage === 'amendments') {
    const amendmentDeadline = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const opened = await page.request.post(api('/outcome/stage'), {
      headers,
      data: { stage: 'amendments', amendmentDeadline },
    });
    expect(opened.status()).toBe(200);
  }
  const close = async () => {
    for (const f of Object.values(focal)) await f.page.context().close();
  };
  return { slug, chair: page, headers, focal, focusAreaIds, api, close };
}

export type OutcomeWorld = Awaited<ReturnType<typeof createOutcomeWorld>>;

/**
 * The outcome world with its first text adopted by consensus of Indonesia and Finland: what
 * commitments are registered under. Returns the world and the adopted text as published.
 */
export async function createAdoptedWorld(page: Page, browser: Browser, options: { slug: string }) {
  const world = await createOutcomeWorld(page, browser, { slug: options.slug });
  const { api, headers } = world;
  expect((await page.request.post(api('/outcome/stage'), { headers, data: { stage: 'negotiation' } })).status()).toBe(
    200,
  );
  const deadline = new Date(Date.now() + 2 * 3_600_000).toISOString();
  const opened = await page.request.post(api('/outcome/adoption'), {
    headers,
    data: { method: 'consensus', deadline },
  });
  expect(opened.status()).toBe(200);
  for (const focal of Object.values(world.focal)) {
    const joined = await focal.page.request.put(api(`/delegations/${focal.delegationId}/outcome/adoption`), {
      headers: await csrfHeaders(focal.page),
      data: { choice: 'join' },
    });
    expect(joined.status()).toBe(200);
  }
  expect((await page.request.post(api('/outcome/adopt'), { headers })).status()).toBe(200);
  const published = (await (await page.request.get(`/events/${world.slug}/outcome.json`)).json()) as {
    adoptedAt: string;
    content: { sections: { focusAreaId: string; paragraphs: { id: string }[] }[] };
  };
  return { ...world, published };
}
