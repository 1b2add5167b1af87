import type { Locator } from '@playwright/test';
import { PNG } from 'pngjs';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { createAdoptedWorld, csrfHeaders, type FocalPoint } from '../support/outcomeWorld.js';
import { expect, test } from '../support/test.js';

const slug = `tracker-${Date.now().toString(36)}`;
const tracker = `/events/${slug}/commitments`;

// The colours the page is drawn with (tracker/WorldMapFigure.tsx, figures.css, chartGeometry.ts).
const COLOURS = {
  ocean: [0xe6, 0xf0, 0xf5],
  tone2: [0x5f, 0xb3, 0xa1],
  tone4: [0x0b, 0x4f, 0x48],
  overall: [0x1c, 0x24, 0x21],
  policy: [0x0b, 0x62, 0xa4],
  crisis: [0xb3, 0x47, 0x0b],
} as const;
type Rgb = readonly [number, number, number];

/** The most frequent colour of the 7×7 pixels around (x, y) of a PNG. */
function dominantColour(png: PNG, x: number, y: number): Rgb {
  const counts = new Map<string, number>();
  for (let dy = -3; dy <= 3; dy++) {
    for (let dx = -3; dx <= 3; dx++) {
      const i = ((Math.round(y) + dy) * png.width + Math.round(x) + dx) * 4;
      const key = [png.data[i], png.data[i + 1], png.data[i + 2]].join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [best = '0,0,0'] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return best.split(',').map(Number) as unknown as Rgb;
}

const near = (actual: Rgb, expected: Rgb) => actual.every((value, i) => Math.abs(value - (expected[i] ?? 0)) <= 6);

/** A screenshot of an element, decoded, with the element's place on the page to read it by. */
async function shot(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { png: PNG.sync.read(await locator.screenshot()), box };
}

type World = Awaited<ReturnType<typeof createAdoptedWorld>>;

async function register(world: World, focal: FocalPoint, body: Record<string, unknown>) {
  const own = world.api(`/delegations/${focal.delegationId}/commitments`);
  const headers = await csrfHeaders(focal.page);
  const created = await focal.page.request.post(own, { headers, data: body });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await focal.page.request.post(`${own}/${id}/submit`, { headers })).status()).toBe(200);
  const review = { decision: 'publish', checks: ['specific', 'measurable', 'dated', 'has_lead'], comments: null };
  const published = await world.chair.request.post(world.api(`/commitments/${id}/review`), {
    headers: world.headers,
    data: review,
  });
  expect(published.status()).toBe(200);
  return id;
}

async function report(world: World, focal: FocalPoint, id: string, status: string, percents: number[]) {
  const own = world.api(`/delegations/${focal.delegationId}/commitments/${id}`);
  const detail = (await (await focal.page.request.get(own)).json()) as { deliverables: { id: string }[] };
  const progress = Object.fromEntries(detail.deliverables.map((d, i) => [d.id, percents[i] ?? 0]));
  const sent = await focal.page.request.post(`${own}/reports`, {
    headers: await csrfHeaders(focal.page),
    data: {
      status,
      progress,
      narrative: {
        en: 'The portal is online; 40 data sets are published.',
        id: 'Portal sudah daring; 40 set data diterbitkan.',
      },
      evidence: ['https://data.example.go.id/portal'],
    },
  });
  expect(sent.status()).toBe(201);
}

function commitment(focusAreaId: string, paragraphIds: string[], overrides: Record<string, unknown>) {
  return {
    focusAreaId,
    paragraphIds,
    description: { en: 'What the country will do, and how it will know it is done.' },
    type: 'policy',
    priority: 'high',
    startsOn: '2023-04-01',
    endsOn: '2026-12-31',
    partnerCountries: [],
    partnerOrganisations: ['UNDP'],
    lead: 'Directorate of Information and Media',
    baseline: '12 data sets published',
    target: '200 data sets published',
    beganBefore: false,
    deliverables: [
      { title: { en: 'Portal online', id: 'Portal daring' }, dueOn: '2024-06-30', weight: 3 },
      { title: { en: 'Data sets published', id: 'Set data diterbitkan' }, dueOn: '2026-12-31', weight: 1 },
    ],
    ...overrides,
  };
}

test.describe
  .serial('the public implementation tracker', () => {
    let world: World;
    const ids = { portal: '', warning: '', academy: '' };

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(180_000);
      const organizer = await (await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' })).newPage();
      world = await createAdoptedWorld(organizer, browser, { slug });
    });
    test.afterAll(async () => {
      await world.close();
      await world.chair.context().close();
    });

    test('an empty tracker says so plainly; the event and the adopted text lead to it', async ({ page }) => {
      await page.goto(`/events/${slug}`);
      await page.getByRole('link', { name: 'Implementation tracker' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /Implementation tracker/ })).toBeVisible();
      await expect(page.getByText('No commitment has been published yet.')).toBeVisible();
      await page.goto(`/events/${slug}/outcome`);
      await page.getByRole('link', { name: 'Implementation tracker' }).click();
      await expect(page).toHaveURL(new RegExp(`${tracker}$`));
    });

    test('a visitor reads the figures, follows the map to a country and reads a commitment with its report', async ({
      page,
    }) => {
      const [policy, crisis] = world.focusAreaIds as [string, string];
      const cited = world.published.content.sections[0]?.paragraphs[0]?.id as string;
      const { ID: indonesia, FI: finland } = world.focal;
      ids.portal = await register(
        world,
        indonesia,
        commitment(policy, [cited], { title: { en: 'National open data portal', id: 'Portal data terbuka nasional' } }),
      );
      ids.warning = await register(
        world,
        indonesia,
        commitment(crisis, [], {
          title: { en: 'Early warning network', id: 'Jaringan peringatan dini' },
          type: 'programme',
        }),
      );
      ids.academy = await register(
        world,
        finland,
        commitment(policy, [], {
          title: { en: 'Digital diplomacy academy', id: 'Akademi diplomasi digital' },
          type: 'capacity_building',
          baseline: null,
          beganBefore: true,
          deliverables: [
            { title: { en: 'Curriculum' }, dueOn: '2024-06-30', weight: 1 },
            { title: { en: 'First cohort' }, dueOn: '2025-06-30', weight: 1 },
          ],
        }),
      );
      await report(world, indonesia, ids.portal, 'on_track', [100, 20]);
      await report(world, finland, ids.academy, 'delayed', [20, 0]);

      await page.setViewportSize({ width: 1280, height: 900 });
      // Server-rendered with its data: taken over without asking the API again. The map's shapes
      // are not in the page: they come once, when the map nears the screen.
      const requests: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(new URL(request.url()).pathname);
      });
      await page.goto(tracker, { waitUntil: 'networkidle' });
      expect(requests).toEqual([]);
      const sizeOf = (element: Element) => {
        const { top, height } = element.getBoundingClientRect();
        return { top: top + window.scrollY, height };
      };
      const kept = await page.locator('svg.map-svg').evaluate(sizeOf);
      await page.locator('.tracker-map').scrollIntoViewIfNeeded();
      await expect(page.locator('.map-country')).toHaveCount(2);
      expect(requests).toEqual([`/api/events/${slug}/commitments/map`]);
      // Drawn in the box kept for it: nothing moved.
      expect(await page.locator('svg.map-svg').evaluate(sizeOf)).toEqual(kept);
      // Policy frameworks: Indonesia's 80% (deliverables 3:1 at 100% and 20%) and Finland's 10%, weighted equally.
      const policyArea = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: /Policy frameworks/ }) });
      await expect(policyArea.locator('.figure')).toHaveText('45%');
      await expect(policyArea).toContainText('weighted mean of the progress of 2 commitments');
      await expect(policyArea).toContainText('commitments weighted equally; discontinued ones left out');
      await expect(policyArea).toContainText(/On track:\s1/);
      await expect(policyArea).toContainText(/Delayed:\s1/);
      await expect(page.getByText('Reporting period 1:')).toBeVisible();
      // By country: Indonesia first (two), with its statuses in words.
      const rows = page.getByRole('table', { name: 'Commitments by country, most first' }).getByRole('row');
      await expect(rows.nth(1)).toContainText('Indonesia');
      await expect(rows.nth(1)).toContainText('2');
      await expect(rows.nth(1)).toContainText(/Awaiting its first report:\s1/);
      await expect(rows.nth(2)).toContainText('Finland');

      // The map as drawn: Indonesia in the darkest class (two), Finland in the lighter (one), the sea as the sea.
      const map = page.locator('svg.map-svg');
      await expect(page.getByRole('list', { name: 'Legend' })).toContainText('2 commitments');
      const points = await map.evaluate((svg) => {
        const inside = (shape: SVGGeometryElement, x: number, y: number, r: number) =>
          [-r, 0, r].every((dx) => [-r, 0, r].every((dy) => shape.isPointInFill(new DOMPoint(x + dx, y + dy))));
        const ctm = (svg as SVGSVGElement).getScreenCTM() as DOMMatrix;
        const box = svg.getBoundingClientRect();
        const onScreen = (x: number, y: number) => {
          const p = new DOMPoint(x, y).matrixTransform(ctm);
          return { x: p.x - box.left, y: p.y - box.top };
        };
        const interior = (shape: SVGGeometryElement) => {
          const b = shape.getBBox();
          for (let y = b.y; y < b.y + b.height; y += 1)
            for (let x = b.x; x < b.x + b.width; x += 1) if (inside(shape, x, y, 5)) return onScreen(x, y);
          return null;
        };
        const country = (code: string) => svg.querySelector(`[data-code="${code}"] path`) as SVGGeometryElement;
        const land = [...svg.querySelectorAll('.map-land, .map-country path')] as SVGGeometryElement[];
        const ocean = svg.querySelector('.map-ocean') as SVGGeometryElement;
        let sea = null;
        for (let x = 40; x < 300 && !sea; x += 5)
          if (inside(ocean, x, 250, 8) && !land.some((shape) => shape.isPointInFill(new DOMPoint(x, 250))))
            sea = onScreen(x, 250);
        return { indonesia: interior(country('ID')), finland: interior(country('FI')), sea };
      });
      const drawn = await shot(map);
      expect(near(dominantColour(drawn.png, points.indonesia?.x ?? 0, points.indonesia?.y ?? 0), COLOURS.tone4)).toBe(
        true,
      );
      expect(near(dominantColour(drawn.png, points.finland?.x ?? 0, points.finland?.y ?? 0), COLOURS.tone2)).toBe(true);
      expect(near(dominantColour(drawn.png, points.sea?.x ?? 0, points.sea?.y ?? 0), COLOURS.ocean)).toBe(true);
      // The legend's swatch for two commitments is the colour Indonesia is drawn in.
      const swatch = await shot(
        page
          .getByRole('list', { name: 'Legend' })
          .getByRole('listitem')
          .filter({ hasText: '2 commitments' })
          .locator('svg'),
      );
      expect(near(dominantColour(swatch.png, swatch.box.width / 2, swatch.box.height / 2), COLOURS.tone4)).toBe(true);

      // The chart: one point per line so far (now), each drawn in its line's colour where its figure puts it.
      const chart = page.locator('svg.tracker-chart');
      await expect(chart).toHaveAccessibleName('Progress over time');
      const markers = await chart.evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return [0, 1, 2].map((series) => {
          const marker = svg.querySelector(`[data-series="${series}"] path + path`) as SVGGraphicsElement;
          const r = marker.getBoundingClientRect();
          return { x: r.left + r.width / 2 - box.left, y: r.top + r.height / 2 - box.top };
        });
      });
      const plotted = await shot(chart);
      const [overall, policyLine, crisisLine] = markers.map((m) => dominantColour(plotted.png, m.x, m.y));
      expect(near(overall as Rgb, COLOURS.overall)).toBe(true);
      expect(near(policyLine as Rgb, COLOURS.policy)).toBe(true);
      expect(near(crisisLine as Rgb, COLOURS.crisis)).toBe(true);
      // Overall 30% now, under Policy frameworks' 45% and over Crisis management's 0%.
      expect(markers[0]?.y).toBeLessThan(markers[2]?.y ?? 0);
      expect(markers[0]?.y).toBeGreaterThan(markers[1]?.y ?? 0);
      await page.getByText("The chart's figures as a table").click();
      await expect(page.getByRole('table', { name: 'Progress at the end of each reporting period' })).toContainText(
        '30%',
      );

      await expectAccessibleInBothLanguages(page, 'tracker');

      // The keyboard's way through the map: Indonesia's shape is a link to its commitments.
      const link = page.getByRole('link', { name: 'Indonesia: 2 commitments' });
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\?country=ID#commitments$/);
      await expect(page.getByRole('heading', { level: 2, name: 'Commitments' })).toBeFocused();
      await expect(page.getByText('2 commitments found.')).toBeVisible();
      const list = page.locator('.commitment-list');
      await expect(list.getByRole('link', { name: 'National open data portal' })).toBeVisible();
      await expect(list.getByRole('link', { name: 'Early warning network' })).toBeVisible();
      await expect(list.getByRole('link', { name: 'Digital diplomacy academy' })).toHaveCount(0);
      await expect(page.getByLabel('Country', { exact: true })).toHaveValue('ID');

      // Filters in the address: delayed ones, then none.
      await page.getByRole('link', { name: 'Clear filters' }).click();
      await expect(page.getByText('3 commitments found.')).toBeVisible();
      await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Delayed' });
      await page.getByRole('button', { name: 'Show commitments' }).click();
      await expect(page).toHaveURL(/\?status=delayed/);
      await expect(page.getByText('1 commitment found.')).toBeVisible();
      const academy = list.getByRole('listitem').filter({ hasText: 'Digital diplomacy academy' });
      await expect(academy).toContainText('Delayed');
      await expect(academy).toContainText('Began before the conference');
      await expect(academy).toContainText('10%');

      // A commitment's page: what it cites, where it stands, its report.
      await page.goto(tracker);
      await page.getByRole('link', { name: 'National open data portal' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /National open data portal/ })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Paragraph 1' })).toHaveAttribute(
        'href',
        `/events/${slug}/outcome#paragraph-${cited}`,
      );
      const standing = page.getByRole('region', { name: 'Where it stands' });
      await expect(standing).toContainText('On track');
      await expect(standing).toContainText('80%');
      await expect(standing).toContainText(/WITA/);
      const reports = page.getByRole('region', { name: 'Progress report (1)' });
      await expect(reports).toContainText('The portal is online; 40 data sets are published.');
      await expect(reports.getByRole('row', { name: /Portal online/ })).toContainText('100%');
      await expect(reports.getByRole('link', { name: /data\.example\.go\.id/ })).toHaveAttribute(
        'rel',
        'external nofollow noopener',
      );
      await expectAccessibleInBothLanguages(page, 'commitment page');
      await page.goto(`${tracker}/${ids.academy}`);
      await expect(page.getByText('No baseline given')).toBeVisible();
    });

    test.describe('on a phone', () => {
      test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

      test('the map scales to the screen and nothing scrolls the page sideways', async ({ page }) => {
        await page.goto(tracker);
        await page.locator('.tracker-map').scrollIntoViewIfNeeded();
        await expect(page.getByRole('link', { name: 'Indonesia: 2 commitments' })).toBeAttached();
        const width = await page.locator('svg.map-svg').evaluate((svg) => svg.getBoundingClientRect().width);
        expect(width).toBeLessThanOrEqual(390);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await expectAccessibleInBothLanguages(page, 'tracker, phone');
        await page.goto(`${tracker}/${ids.portal}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      });
    });

    test.describe('with JavaScript off', () => {
      test.use({ javaScriptEnabled: false });

      test('the tracker reads, the table leads to a country, the filters and a commitment work', async ({ page }) => {
        await page.goto(tracker);
        await expect(page.getByRole('heading', { level: 1, name: /Implementation tracker/ })).toBeVisible();
        await expect(page.getByText('3 commitments found.')).toBeVisible();
        // The map is drawn by the script: its box says so, and the countries' table leads on.
        // (Playwright's text search skips <noscript>; the note is shown all the same.)
        await expect(page.locator('p.map-without-script')).toContainText('the table below gives every country');
        await page
          .getByRole('table', { name: 'Commitments by country, most first' })
          .getByRole('link', { name: 'Finland' })
          .click();
        await expect(page.getByText('1 commitment found.')).toBeVisible();
        await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Programme' });
        await page.getByLabel('Country', { exact: true }).selectOption({ label: 'All countries' });
        await page.getByRole('button', { name: 'Show commitments' }).click();
        await expect(page).toHaveURL(/type=programme/);
        await page.locator('.commitment-list').getByRole('link', { name: 'Early warning network' }).click();
        await expect(page.getByRole('heading', { level: 1, name: /Early warning network/ })).toBeVisible();
        await expect(page.getByText('No progress report yet.')).toBeVisible();
      });
    });
  });
