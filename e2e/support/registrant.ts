import { expect, type Page } from '@playwright/test';
import { linkIn, mailCount, waitForMail } from './mail.js';

/**
 * A registrant of an event, signed in with the personal link of their confirmation (the page must
 * be on the site): registered online through the API, then the link opened from the mail.
 */
export async function registrantPage(page: Page, slug: string, email: string, name = 'Ni Luh Putu Ayu') {
  const before = mailCount();
  const registered = await page.request.post(`/api/events/${slug}/registrations`, {
    data: {
      name,
      email,
      country: 'ID',
      organization: 'Universitas Udayana',
      sector: 'academia',
      attendance: 'virtual',
      consent: true,
    },
  });
  expect(registered.status()).toBe(201);
  const mail = await waitForMail(email, { after: before });
  await page.goto(linkIn(mail, `${new URL(page.url()).origin}/events/${slug}/registration?token=`));
  // Signed in once the page has exchanged the link's token for a session.
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
