import { createHash } from 'node:crypto';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expectAccessibleInBothLanguages, switchLanguage } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { createOwnEvent } from '../support/events.js';
import { layoutShiftOf, watchLayoutShifts } from '../support/layout.js';
import { linkIn, mailCount, waitForMail } from '../support/mail.js';
import { expect, test } from '../support/test.js';

// An event of its own, negotiated and adopted through the API as the chair and two focal points would.
const slug = `outcome-${Date.now().toString(36)}`;
const FINLAND = 'Finland reads open data as subject to its privacy law.';
const INDONESIA = 'Indonesia will report on its open data portal.';
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
// The second test reads the document the first one adopted.
test.describe.configure({ mode: 'serial' });

type Country = 'ID' | 'FI';
const COUNTRY_NAMES: Record<Country, string> = { ID: 'Indonesia', FI: 'Finland' };

async function csrfHeaders(request: APIRequestContext) {
  const session = await (await request.get('/api/session')).json();
  return { 'x-csrf-token': session.csrfToken as string };
}

/** A focal point invited by the organizers, signed in in a browser of their own through the mail's link. */
async function focalPoint(
  browser: Browser,
  page: Page,
  headers: Record<string, string>,
  delegationId: string,
  country: Country,
) {
  const email = `focal-${country.toLowerCase()}-${slug}@example.org`;
  const before = mailCount();
  const invited = await page.request.post(`/api/events/${slug}/delegations/${delegationId}/focal-points`, {
    headers,
    data: { email, name: `Focal point of ${COUNTRY_NAMES[country]}` },
  });
  expect(invited.status()).toBe(201);
  const mail = await waitForMail(email, {
    after: before,
    subject: new RegExp(`delegation of ${COUNTRY_NAMES[country]}`),
  });
  const context = await browser.newContext();
  const focal = await context.newPage();
  await focal.goto(linkIn(mail, 'http'));
  await expect(focal).toHaveURL(new RegExp(`/events/${slug}/delegation$`));
  return { context, request: focal.request, headers: await csrfHeaders(focal.request) };
}

/** The event, its two delegations confirmed (a head endorsed each), the text adopted by consensus. */
async function adoptedOutcome(page: Page, browser: Browser) {
  await signInByMail(page, ORGANIZER.email, '/');
  const { event, headers } = await createOwnEvent(page, {
    slug,
    name: { en: 'Outcome Rehearsal', id: 'Gladi Dokumen Hasil' },
    invitedCountries: ['ID', 'FI'],
    focusAreas: [{ title: { en: 'Data management', id: 'Pengelolaan data' } }, { title: { en: 'Crisis management' } }],
  });
  const [data, crisis] = (event as unknown as { focusAreas: { id: string }[] }).focusAreas;
  const post = async (path: string, body: unknown, status = 200) => {
    const answer = await page.request.post(`/api/events/${slug}${path}`, { headers, data: body });
    expect(answer.status(), `${path}: ${await answer.text()}`).toBe(status);
    return answer.json();
  };
  const csv = [
    'name,email,country,organization,position,sector,attendance,category',
    `Ratna Wijaya,ratna-${slug}@kemlu.example,ID,Kementerian Luar Negeri,Minister,government,in_person,delegate`,
    `Aino Virtanen,aino-${slug}@um.example,FI,Ministry for Foreign Affairs,Minister,government,virtual,delegate`,
  ].join('\r\n');
  await post('/registrations/import', { csv, dryRun: false });
  await post('/delegations/invited', {});
  const overview = await (await page.request.get(`/api/events/${slug}/delegations/overview`)).json();
  const ids = Object.fromEntries(
    (overview.delegations as { id: string; country: Country }[]).map((d) => [d.country, d.id]),
  ) as Record<Country, string>;
  // The secretariat endorses each country's head of delegation: the delegation then takes part.
  for (const country of ['ID', 'FI'] as const) {
    const workspace = await (
      await page.request.get(`/api/events/${slug}/delegations/${ids[country]}/workspace`)
    ).json();
    const registrationId = workspace.candidates[0].registrationId as string;
    await post(`/delegations/${ids[country]}/members`, { registrationId, role: 'head', rank: 'minister' });
  }
  const indonesia = await focalPoint(browser, page, headers, ids.ID, 'ID');
  const finland = await focalPoint(browser, page, headers, ids.FI, 'FI');

  const text = await page.request.put(`/api/events/${slug}/outcome/text`, {
    headers,
    data: {
      baseVersion: 0,
      message: 'First draft of the chair',
      title: { en: 'Rehearsal Message', id: 'Pesan Gladi' },
      preamble: [{ text: { en: 'We, the participants, meeting online and in Bali,' } }],
      sections: [
        {
          focusAreaId: data?.id,
          paragraphs: [{ text: { en: 'We commit to open data.', id: 'Kami berkomitmen pada data terbuka.' } }],
        },
        { focusAreaId: crisis?.id, paragraphs: [{ text: { en: 'We share early warnings.' } }] },
      ],
    },
  });
  expect(text.status()).toBe(200);
  await post('/outcome/stage', { stage: 'amendments', amendmentDeadline: hoursFromNow(24) });
  await post('/outcome/stage', { stage: 'negotiation' });
  // Before adoption the public reads the stage, not the text.
  const pending = await (await page.request.get(`/events/${slug}/outcome`)).text();
  expect(pending).toContain('The delegations are negotiating the text.');
  expect(pending.split('<script type="application/json"')[0]).not.toContain('We commit to open data.');

  const working = await (await page.request.get(`/api/events/${slug}/outcome/working`)).json();
  const paragraph = working.content.sections[0].paragraphs[0].id as string;
  await post('/outcome/adoption', { method: 'consensus', deadline: hoursFromNow(2) });
  const respond = async (who: typeof indonesia, id: string, body: unknown) => {
    const answer = await who.request.put(`/api/events/${slug}/delegations/${id}/outcome/adoption`, {
      headers: who.headers,
      data: body,
    });
    expect(answer.status(), await answer.text()).toBe(200);
  };
  await respond(indonesia, ids.ID, { choice: 'join', explanation: INDONESIA });
  await respond(finland, ids.FI, { choice: 'join_with_reservation', text: FINLAND, paragraphIds: [paragraph] });
  const adopted = await post('/outcome/adopt', {});
  await indonesia.context.close();
  await finland.context.close();
  return adopted.sha256 as string;
}

test('the adopted outcome document reads in both languages, with footnotes, its hash and its files', async ({
  page,
  browser,
}) => {
  const sha256 = await adoptedOutcome(page, browser);

  // A reader, signed out, comes from the event's page.
  const visitor = await browser.newContext();
  const reader = await visitor.newPage();
  await watchLayoutShifts(reader);
  await reader.goto(`/events/${slug}`);
  await reader.getByRole('link', { name: 'Outcome document', exact: true }).click();
  await expect(reader.getByRole('heading', { level: 1, name: /Rehearsal Message/ })).toBeVisible();
  const requests: string[] = [];
  reader.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(request.url());
  });
  await reader.goto(`/events/${slug}/outcome`, { waitUntil: 'networkidle' });
  // The server rendered it whole: the browser takes it over without asking the API again.
  expect(requests).toEqual([]);
  expect(await layoutShiftOf(reader)).toBeLessThan(0.001);
  await expect(reader.getByRole('heading', { level: 1, name: /Rehearsal Message/ })).toBeVisible();
  await expect(reader.getByText('1. We commit to open data.')).toBeVisible();
  await expect(reader.getByText('PP1 We, the participants, meeting online and in Bali,')).toBeVisible();
  await expect(reader.getByRole('heading', { level: 2, name: 'Data management' })).toBeVisible();
  await expect(reader.getByText('By consensus')).toBeVisible();
  await expect(reader.getByText(/WITA · .* CES?T · .* UTC/)).toBeVisible();
  await expect(reader.getByRole('region', { name: 'The delegations that joined (2)' })).toContainText(
    'Finland (with a reservation)',
  );
  await expect(reader.getByRole('region', { name: 'Explanations of position' })).toContainText(INDONESIA);

  // The marker after the paragraph leads to the footnote, and back.
  const marker = reader.getByRole('link', { name: 'Reservation by Finland, note [1]' });
  await marker.click();
  await expect(reader).toHaveURL(/#reservation-1$/);
  const footnote = reader.locator('#reservation-1');
  await expect(footnote).toBeFocused();
  await expect(footnote).toBeInViewport();
  await expect(footnote).toContainText(`Reservation by Finland: ${FINLAND}`);
  await expect(footnote).toContainText('On paragraph 1');
  await footnote.getByRole('link', { name: 'Back to the text (note 1)' }).click();
  await expect(marker).toBeFocused();

  // The hash: shown as published, and the SHA-256 of outcome.txt in English.
  await expect(reader.locator('code.outcome-sha256')).toHaveText(sha256);
  const english = await reader.request.get(`/events/${slug}/outcome.txt?lang=en`);
  expect(
    createHash('sha256')
      .update(await english.body())
      .digest('hex'),
  ).toBe(sha256);

  // Each file the page offers answers, with its type.
  const downloads = reader.getByRole('region', { name: 'Download the text' }).getByRole('link');
  await expect(downloads).toHaveCount(8);
  const types: Record<string, string> = {
    'Plain text, English (.txt)': 'text/plain; charset=utf-8',
    'Plain text, Indonesian (.txt)': 'text/plain; charset=utf-8',
    'Structured data, all languages (.json)': 'application/json',
    'Akoma Ntoso XML, English (.akn.xml)': 'application/akn+xml',
    'Akoma Ntoso XML, Indonesian (.akn.xml)': 'application/akn+xml',
    'PDF, English': 'application/pdf',
    'PDF, Indonesian': 'application/pdf',
    'PDF, English and Indonesian side by side': 'application/pdf',
  };
  for (const [name, type] of Object.entries(types)) {
    const href = (await downloads.getByText(name, { exact: true }).getAttribute('href')) ?? '';
    const answer = await reader.request.get(href);
    expect(answer.status(), href).toBe(200);
    expect(answer.headers()['content-type'], href).toContain(type);
  }
  const indonesianText = await reader.request.get(`/events/${slug}/outcome.txt?lang=id`);
  expect(await indonesianText.text()).toContain('1. Kami berkomitmen pada data terbuka.');
  await expectAccessibleInBothLanguages(reader, 'the adopted outcome document');

  // In Indonesian: the translation where there is one, English (marked so) where there is none.
  await switchLanguage(reader, 'id');
  await expect(reader.getByRole('heading', { level: 1, name: /Pesan Gladi/ })).toBeVisible();
  await expect(reader.getByText('1. Kami berkomitmen pada data terbuka.')).toBeVisible();
  await expect(reader.locator('p.outcome-paragraph[lang="en"]', { hasText: 'We share early warnings.' })).toHaveCount(
    1,
  );
  await expect(reader.locator('p.outcome-paragraph[lang="en"]', { hasText: 'Kami berkomitmen' })).toHaveCount(0);
  await expect(reader.getByText('Secara konsensus')).toBeVisible();
  await reader.getByRole('link', { name: 'Reservasi oleh Finlandia, catatan [1]' }).click();
  await expect(reader.locator('#reservation-1')).toBeFocused();
  await expect(reader.locator('#reservation-1')).toContainText(`Reservasi oleh Finlandia: ${FINLAND}`);
  await visitor.close();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, locale: 'id-ID' });

  test('the outcome page arrives in the reader’s language, its footnote and file links work', async ({ page }) => {
    await page.goto(`/events/${slug}/outcome`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.getByRole('heading', { level: 1, name: /Pesan Gladi/ })).toBeVisible();
    await page.getByRole('link', { name: 'Reservasi oleh Finlandia, catatan [1]' }).click();
    await expect(page).toHaveURL(/#reservation-1$/);
    await expect(page.locator('#reservation-1')).toBeInViewport();
    const pdf = await page.getByRole('link', { name: 'PDF, bahasa Indonesia' }).getAttribute('href');
    expect(pdf).toBe(`/events/${slug}/outcome.pdf?lang=id`);
  });
});
