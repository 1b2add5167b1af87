import type { Page } from '@playwright/test';
import { expectAccessibleInBothLanguages, switchLanguage } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { createOwnEvent } from '../support/events.js';
import { expect, test } from '../support/test.js';

const stamp = Date.now().toString(36);
const SLUG = `audit-roles-${stamp}`;
const FOCAL = { email: `focal-fj-${stamp}@example.org`, name: `Sione Vula ${stamp}` };
const api = (rest: string) => `/api/events/${SLUG}${rest}`;

/** An event of this spec's own: two accreditations approved at once, a changed theme, Fiji's focal point. */
async function prepare(page: Page) {
  const { headers } = await createOwnEvent(page, {
    slug: SLUG,
    name: { en: 'Audit Rehearsal', id: 'Gladi Audit' },
    rooms: [{ name: { en: 'Plenary' }, capacity: 20 }],
    invitedCountries: ['FJ'],
  });
  const ids: string[] = [];
  for (const who of ['ana', 'bo']) {
    const registered = await page.request.post(api('/registrations'), {
      headers,
      data: {
        name: `${who} ${stamp}`,
        email: `${who}-${stamp}@example.org`,
        country: 'FJ',
        organization: 'Fiji Broadcasting',
        sector: 'media',
        attendance: 'in_person',
        category: 'media',
        consent: true,
      },
    });
    expect(registered.status()).toBe(201);
    ids.push((await registered.json()).id);
  }
  const decided = await page.request.post(api('/registrations/decisions'), {
    headers,
    data: { ids, decision: 'approve' },
  });
  expect(decided.status()).toBe(200);
  expect((await page.request.patch(api(''), { headers, data: { theme: { en: 'A second theme' } } })).status()).toBe(
    200,
  );
  const delegation = await page.request.post(api('/delegations'), {
    headers,
    data: { kind: 'country', country: 'FJ' },
  });
  expect(delegation.status()).toBe(201);
  const invited = await page.request.post(api(`/delegations/${(await delegation.json()).id}/focal-points`), {
    headers,
    data: { ...FOCAL, language: 'en' },
  });
  expect(invited.status()).toBe(201);
}

test('the audit log reads as sentences with filters; the roles page explains each role, asks before revoking, keeps the last organizer and names the focal point’s delegation', async ({
  page,
}) => {
  await signInByMail(page, ORGANIZER.email, '/');
  await prepare(page);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/events/${SLUG}/manage/audit`);
  // Each act is one item of the log's list (its details are a list of their own within).
  const acts = page
    .getByRole('list', { name: /^(Audit log of this event|Log audit acara ini)$/ })
    .locator(':scope > li');
  const bulk = acts.filter({ hasText: `${ORGANIZER.name} approved 2 registrations` });
  await expect(bulk).toHaveCount(1);
  await expect(bulk.getByRole('link', { name: 'Open the registrations' })).toHaveAttribute(
    'href',
    `/events/${SLUG}/manage/registrations`,
  );
  await expect(acts.filter({ hasText: `${ORGANIZER.name} changed the event's settings` })).toHaveCount(1);
  await expect(acts.filter({ hasText: `${ORGANIZER.name} invited a delegation's focal point` })).toHaveCount(1);
  await expectAccessibleInBothLanguages(page, 'audit log');
  await switchLanguage(page, 'id');
  await expect(acts.filter({ hasText: `${ORGANIZER.name} menyetujui 2 pendaftaran` })).toHaveCount(1);
  await switchLanguage(page, 'en');

  // By action, then by person: the server filters, the address keeps the filters.
  await page.getByLabel('Action', { exact: true }).selectOption({ label: "Someone changed the event's settings" });
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/action=event\.updated/);
  await expect(acts).toHaveCount(1);
  await expect(acts.first()).toContainText(`${ORGANIZER.name} changed the event's settings`);
  await expect(acts.first().getByRole('link', { name: 'Open the settings' })).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await page.getByLabel('Person', { exact: true }).selectOption({ label: ORGANIZER.name });
  await page.getByLabel("From (event's date)", { exact: true }).fill('2001-01-01');
  await page.getByLabel("To (event's date)", { exact: true }).fill('2001-01-02');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing in the log matches these filters.' })).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(bulk).toHaveCount(1);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(bulk).toBeVisible();
  await expectAccessibleInBothLanguages(page, 'audit log at 390 px');

  // The roles page: each role in a sentence, the focal point's delegation, the last organizer kept.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/events/${SLUG}/manage/roles`);
  await expect(page.getByRole('heading', { level: 2, name: 'Roles' })).toBeVisible();
  await expect(
    page.getByText('Runs the event: its settings, its people and their roles, and its audit log.'),
  ).toBeVisible();
  await expect(page.getByText('Acts for one delegation:', { exact: false })).toBeVisible();
  const focalRow = page.getByRole('row').filter({ hasText: FOCAL.email });
  await expect(focalRow.getByRole('link', { name: 'Fiji' })).toHaveAttribute(
    'href',
    new RegExp(`/events/${SLUG}/manage/delegations$`),
  );
  const organizerRow = page.getByRole('row').filter({ hasText: ORGANIZER.email });
  await expect(organizerRow.getByRole('button')).toHaveCount(0);
  await expect(organizerRow).toContainText('The only organizer: this role cannot be revoked');
  await expectAccessibleInBothLanguages(page, 'roles');

  // Revoking asks first; keeping changes nothing.
  const revoke = focalRow.getByRole('button', { name: `Revoke the role focal point from ${FOCAL.name}` });
  await revoke.click();
  const question = focalRow.getByText(`Take the role focal point away from ${FOCAL.name}?`);
  await expect(question).toBeFocused();
  await expectAccessibleInBothLanguages(page, 'revoke question');
  await focalRow.getByRole('button', { name: 'Keep the role' }).click();
  await expect(revoke).toBeFocused();
  await expect(focalRow).toHaveCount(1);

  await page.setViewportSize({ width: 390, height: 844 });
  await switchLanguage(page, 'id');
  await expect(
    page.getByText('Mengelola acara: pengaturannya, orang-orang beserta perannya, dan log auditnya.'),
  ).toBeVisible();
  await expect(organizerRow).toContainText('Satu-satunya penyelenggara');
  await expectAccessibleInBothLanguages(page, 'roles at 390 px');
  await switchLanguage(page, 'en');
  await revoke.click();
  await focalRow.getByRole('button', { name: 'Yes, revoke the role' }).click();
  await expect(page.getByRole('status')).toHaveText(`${FOCAL.name} is no longer focal point.`);
  await expect(page.getByRole('row').filter({ hasText: FOCAL.email })).toHaveCount(0);
});
