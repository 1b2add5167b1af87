import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { createOwnEvent } from '../support/events.js';
import { expect, test } from '../support/test.js';

// An event of its own: erasing the demo's registrants would leave the other specs nothing to show.
const slug = `erase-${Date.now().toString(36)}`;

test('after the event, the organizer erases every registrant’s personal data; the counts stay', async ({ page }) => {
  await signInByMail(page, ORGANIZER.email, '/');
  const { headers } = await createOwnEvent(page, {
    slug,
    name: { en: 'Erasure Rehearsal', id: 'Gladi Penghapusan' },
    theme: { en: 'Data protection' },
    endsAt: '2021-12-01T12:00:00+08:00',
  });
  for (const name of ['Ana Erasable', 'Tomas Erasable']) {
    const response = await page.request.post(`/api/events/${slug}/registrations`, {
      headers,
      data: {
        name,
        email: `${name.split(' ')[0]?.toLowerCase()}-${slug}@example.org`,
        country: 'CL',
        organization: 'Universidad de Chile',
        sector: 'academia',
        attendance: 'virtual',
        consent: true,
      },
    });
    expect(response.status()).toBe(201);
  }

  await page.goto(`/events/${slug}/manage/registrations`);
  await expect(page.getByRole('link', { name: 'Ana Erasable', exact: true })).toBeVisible();
  const panel = page.getByRole('region', { name: /Erase everyone.s personal data/ });
  await expect(panel.getByRole('button', { name: 'Erase all personal data' })).toHaveAttribute('aria-disabled', 'true');
  await expectAccessibleInBothLanguages(page, 'registrations with the erase panel');

  await panel.getByLabel(`Type the event's address, ${slug}, to confirm`).fill(slug);
  await panel.getByRole('button', { name: 'Erase all personal data' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The personal data of 2 registrations was erased.' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ana Erasable', exact: true })).toHaveCount(0);

  await page.goto(`/events/${slug}/manage/figures`);
  await expect(page.getByText('2 registrations in all, erased ones included')).toBeVisible();
  await expect(page.getByRole('table', { name: 'By country' }).getByRole('rowheader', { name: 'Chile' })).toBeVisible();
});
