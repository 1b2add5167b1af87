// How long does the bulk badge download take, and does it hold up the node?
// `npm run bench:badges` (BADGES=1000 by default).
// The whole app in this process on an in-memory PGlite with the demo seeded; BADGES
// confirmed in-person registrations through the public API (names in several scripts)
// beside the demo's own badge holders, all of whom the PDF prints (the table counts pages);
// then GET /api/events/icdd-2021/badges.pdf as the organizer while perf_hooks watches
// the event loop and a check-in summary request is timed alongside.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { startDemoApp } from './support/demo-app.js';

const BADGES = Number(process.env.BADGES ?? 1000);
const NAMES = [
  'Nguyễn Thị Hương',
  'Олена Коваленко',
  'Ayu Lestari',
  'Siosaia Fifita',
  'Matti Virtanen',
  'María José Núñez',
];
const { app, database, cookie, csrf } = await startDemoApp();

// Enough places for everyone: the demo's confirmed registrants and BADGES more.
const form = (await app.inject({ method: 'GET', url: '/api/events/icdd-2021/registration-form' })).json();
const { panels: _panels, inPersonPlaces: _places, inPersonConfirmed: _confirmed, ...config } = form;
await app.inject({
  method: 'PUT',
  url: '/api/events/icdd-2021/registration-form',
  headers: { cookie, 'x-csrf-token': csrf },
  payload: { ...config, inPersonCapacity: form.inPersonConfirmed + BADGES },
});
for (let i = 0; i < BADGES; i++) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/events/icdd-2021/registrations',
    remoteAddress: `10.9.${i >> 8}.${i & 255}`,
    payload: {
      name: `${NAMES[i % NAMES.length]} ${i}`,
      email: `bench-${i}@example.org`,
      country: ['ID', 'VN', 'UA', 'TO', 'FI', 'CL'][i % 6],
      organization: 'Ministry of Foreign Affairs',
      sector: 'government',
      attendance: 'in_person',
      consent: true,
    },
  });
  if (response.json().status !== 'confirmed') throw new Error(`registration ${i}: ${response.body}`);
}

const histogram = monitorEventLoopDelay({ resolution: 1 });
histogram.enable();
const started = performance.now();
const download = app.inject({ method: 'GET', url: '/api/events/icdd-2021/badges.pdf', headers: { cookie } });
// A check-in count asked for while the PDF is being made: how long does the door wait?
await new Promise((resolve) => setTimeout(resolve, 200));
const asked = performance.now();
await app.inject({ method: 'GET', url: '/api/events/icdd-2021/check-ins/summary', headers: { cookie } });
const waited = performance.now() - asked;
const response = await download;
const seconds = (performance.now() - started) / 1000;
histogram.disable();
if (response.statusCode !== 200) throw new Error(`badges.pdf answered ${response.statusCode}`);
// The demo's own confirmed in-person registrants get badges too: count the pages, not the ones added.
const pages = (await PDFDocument.load(response.rawPayload)).getPageCount();

const ms = (ns: number) => (ns / 1e6).toFixed(1);
console.log(`| badges | time | PDF size | per badge | loop delay p99 | max | summary request meanwhile |`);
console.log(`|---|---|---|---|---|---|---|`);
console.log(
  `| ${pages} | ${seconds.toFixed(2)} s | ${(response.rawPayload.length / 1e6).toFixed(2)} MB | ` +
    `${((seconds * 1000) / pages).toFixed(1)} ms | ${ms(histogram.percentile(99))} ms | ${ms(histogram.max)} ms | ${waited.toFixed(0)} ms |`,
);
await app.close();
await database.close();
