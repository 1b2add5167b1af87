import { expect, type Page } from '@playwright/test';
import { linkIn, mailCount, waitForMail } from './mail.js';

/**
 * A virtual registrant of the event, signed in with the personal link of their confirmation
 * (which makes their account). The page must be on the site already, for its address.
 */
export async function registerAndOpenLink(page: Page, slug: string, person: { name: string; email: string }) {
  const before = mailCount();
  const registered = await page.request.post(`/api/events/${slug}/registrations`, {
    data: {
      ...person,
      country: 'ID',
      organization: 'Universitas Udayana',
      sector: 'academia',
      attendance: 'virtual',
      consent: true,
    },
  });
  expect(registered.status()).toBe(201);
  const mail = await waitForMail(person.email, { after: before });
  await page.goto(linkIn(mail, `${new URL(page.url()).origin}/events/${slug}/registration?token=`));
  // Signed in once the page has exchanged the link's token for a session.
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
