import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessibleInBothLanguages } from '../support/a11y.js';
import { ORGANIZER, signInByMail } from '../support/auth.js';
import { expect, test } from '../support/test.js';
import { createPanel } from './panel.js';

const SLUG = 'stream-rehearsal';
// Served by the built server as its own files (same origin, so the page's CSP lets them play).
const MEDIA = join(process.cwd(), 'dist/web/assets/e2e-media');

/** A six-second HLS stream (H.264 and AAC, which Debian's Chromium plays through hls.js): a test card and a tone. */
function makeHls(name: string, frequency: number) {
  execFileSync('ffmpeg', [
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=320x180:rate=15',
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=${frequency}`,
    '-t',
    '6',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-hls_time',
    '2',
    '-hls_playlist_type',
    'vod',
    '-hls_segment_filename',
    join(MEDIA, `${name}-%d.ts`),
    join(MEDIA, `${name}.m3u8`),
  ]);
}

test.beforeAll(() => {
  mkdirSync(MEDIA, { recursive: true });
  makeHls('floor', 440);
  makeHls('id', 660);
});
test.afterAll(() => rmSync(MEDIA, { recursive: true, force: true }));

/** Asks for the stream (nothing loads before), mutes it and waits until its time has moved on. */
async function expectPlaying(page: Page, language?: string) {
  const watch = page.getByRole('region', { name: 'Watch and listen' });
  if (language) await watch.getByRole('button', { name: `Play: Video of the session in ${language}` }).click();
  const video = watch.locator('video');
  await video.evaluate((element: HTMLVideoElement) => {
    element.muted = true;
    return element.play();
  });
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), { timeout: 15_000 })
    .toBeGreaterThan(0.5);
}

test('the live page loads no media until asked, plays the stream (through hls.js where the browser has no HLS of its own), switches to the Indonesian channel, and loads no media in text-only mode', async ({
  page,
  browser,
}) => {
  await signInByMail(page, ORGANIZER.email);
  const origin = new URL(page.url()).origin;
  const session = await createPanel(page, {
    slug: SLUG,
    name: { en: 'Stream Rehearsal', id: 'Gladi Siaran' },
    streams: [
      { language: 'en', url: `${origin}/assets/e2e-media/floor.m3u8` },
      { language: 'id', kind: 'video', url: `${origin}/assets/e2e-media/id.m3u8` },
    ],
  });
  const live = `${session}/live`;

  // Chromium plays HLS itself now; this viewer's browser is made one that does not (as Firefox), so hls.js plays.
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const own = HTMLMediaElement.prototype.canPlayType;
    HTMLMediaElement.prototype.canPlayType = function (type: string) {
      return /mpegurl/i.test(type) ? '' : own.call(this, type);
    };
  });
  const viewer = await context.newPage();
  const requests: string[] = [];
  viewer.on('request', (request) => requests.push(request.url()));
  await viewer.goto(live);
  await expect(viewer.getByRole('button', { name: /^Play: Video of the session in English/ })).toBeVisible();
  expect(requests.filter((url) => /\.m3u8$|\/assets\/hls/.test(url))).toEqual([]);
  await expectPlaying(viewer, 'English');
  expect(requests.some((url) => url.endsWith('/floor.m3u8'))).toBe(true);
  // Without HLS of its own, the page fetched hls.js, and only now.
  expect(requests.some((url) => /\/assets\/hls[^/]*\.js$/.test(url))).toBe(true);
  expect(requests.some((url) => url.endsWith('/id.m3u8'))).toBe(false);

  const indonesian = viewer.waitForRequest((request) => request.url().endsWith('/id.m3u8'));
  await viewer.getByRole('radio', { name: 'Indonesian' }).check();
  await indonesian;
  // Asked for once, the stream goes on in the other channel without another click.
  await expectPlaying(viewer);
  await expectAccessibleInBothLanguages(viewer, 'live page with its player');

  // Text only, remembered: after a reload the page loads no playlist, segment or player code.
  await viewer.getByRole('radio', { name: /Text only/ }).check();
  requests.length = 0;
  await viewer.reload();
  await expect(viewer.getByText(/Text only: no video or sound is loaded/)).toBeVisible();
  await expect(viewer.getByRole('radio', { name: 'Indonesian' })).toBeChecked();
  await expect(viewer.locator('video, audio')).toHaveCount(0);
  expect(requests.filter((url) => /\.m3u8$|\.ts$|hls/i.test(url))).toEqual([]);

  // A browser with HLS of its own plays the playlist itself, without hls.js.
  const native = await (await browser.newContext()).newPage();
  const fetched: string[] = [];
  native.on('request', (request) => fetched.push(request.url()));
  await native.goto(live);
  await expectPlaying(native, 'English');
  expect(fetched.filter((url) => /\/assets\/hls[^/]*\.js$/.test(url))).toEqual([]);
});
