import { createAdoptedWorld, createOutcomeWorld, csrfHeaders } from '../support/outcomeWorld.js';
import { expect, test } from '../support/test.js';

// Who opens a country's commitments: its focal point and the secretariat; not another country's
// focal point, not the signed-out public. And before the adoption there is nothing to register under.
const slug = `commitments-access-${Date.now().toString(36)}`;
const TITLE = 'Early warnings for citizens abroad';

test('only Indonesia’s focal point and the secretariat open Indonesia’s commitments', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const world = await createAdoptedWorld(page, browser, { slug });
  const { page: focal, delegationId } = world.focal.ID;
  const ownPage = `/events/${slug}/delegations/${delegationId}/commitments`;
  const ownApi = world.api(`/delegations/${delegationId}/commitments`);
  const registered = await focal.request.post(ownApi, {
    headers: await csrfHeaders(focal),
    data: {
      focusAreaId: world.published.content.sections[1]?.focusAreaId,
      title: { en: TITLE },
      description: { en: 'A warning service by text message.' },
      type: 'programme',
      priority: 'medium',
      startsOn: '2026-01-01',
      lead: 'Directorate for the Protection of Citizens',
      beganBefore: true,
      deliverables: [{ title: { en: 'The service' }, dueOn: '2026-12-31', weight: 1 }],
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);

  await test.step('signed out, the page asks to sign in', async () => {
    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto(ownPage);
    await expect(stranger.getByRole('heading', { level: 1, name: 'Please sign in' })).toBeVisible();
    await expect(stranger.getByText(TITLE)).toHaveCount(0);
    await stranger.context().close();
  });

  await test.step('Finland’s focal point is refused, by the API and by the page', async () => {
    const finland = world.focal.FI;
    expect((await finland.page.request.get(ownApi)).status()).toBe(403);
    const written = await finland.page.request.post(ownApi, { headers: await csrfHeaders(finland.page), data: {} });
    expect(written.status()).toBe(403);
    await finland.page.goto(ownPage);
    await expect(finland.page.getByRole('heading', { level: 1, name: 'You do not act for Indonesia' })).toBeVisible();
    await expect(finland.page.getByRole('button', { name: 'Register a commitment' })).toHaveCount(0);
    await expect(finland.page.getByText(TITLE)).toHaveCount(0);
    await finland.page.getByRole('link', { name: 'The commitments of your delegation: Finland' }).click();
    await expect(finland.page.getByRole('heading', { level: 1, name: /^Commitments of Finland/ })).toBeVisible();
    await expect(finland.page.getByRole('heading', { level: 2, name: 'Our commitments (0)' })).toBeVisible();
  });

  await test.step('the secretariat opens it on Indonesia’s behalf', async () => {
    await page.goto(ownPage);
    await expect(page.getByRole('heading', { level: 1, name: /^Commitments of Indonesia/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: TITLE })).toBeVisible();
    await expect(page.getByText('Review: Draft')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Register a commitment' })).toBeVisible();
  });
  await world.close();
});

test('before the adoption the page says that commitments come once the text is adopted', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const world = await createOutcomeWorld(page, browser, { slug: `${slug}-draft` });
  const { page: focal, delegationId } = world.focal.ID;
  await focal.goto(`/events/${world.slug}/delegations/${delegationId}/commitments`);
  await expect(focal.getByRole('heading', { level: 1, name: /^Commitments of Indonesia/ })).toBeVisible();
  await expect(focal.getByText('Once the outcome document is adopted, you can register')).toBeVisible();
  await expect(focal.getByRole('button', { name: 'Register a commitment' })).toHaveCount(0);
  // The delegation's outcome page links here only once the text is adopted.
  await focal.goto(`/events/${world.slug}/delegations/${delegationId}/outcome`);
  await expect(focal.getByRole('heading', { level: 1, name: /^Outcome document: Indonesia/ })).toBeVisible();
  await expect(focal.getByRole('link', { name: /Our commitments under the adopted text/ })).toHaveCount(0);
  await world.close();
});
