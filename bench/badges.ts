// How long does the bulk badge download take, and does it hold up the node?
// `npm run bench:badges` (BADGES=1000 by default).
// The whole app in this process on an in-memory PGlite with the demo seeded; BADGES
// confirmed in-person registrations through the public API (names in several scripts);
// then GET /api/events/icdd-2021/badges.pdf as the organizer while perf_hooks watches
// the event loop and a check-in summary request is timed alongside.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildApp } from '../src/server/app.js';
import { createMemoryBus } from '../src/server/core/bus/bus.js';
import { openPglite } from '../src/server/core/db/open.js';
import { seedDemo } from '../src/server/demo/seed.js';
import { testConfig } from '../src/server/testing/harness.js';

const BADGES = Number(process.env.BADGES ?? 1000);
const NAMES = [
  'Nguyễn Thị Hương',
  'Олена Коваленко',
  'Ayu Lestari',
  'Siosaia Fifita',
  'Matti Virtanen',
  'María José Núñez',
];
const database = await openPglite('memory://');
await database.migrate();
const { app } = await buildApp({ config: testConfig(), database, bus: createMemoryBus() });
await app.ready();
const demo = await seedDemo({ db: database.db, publicUrl: 'http://bench' });
const link = new URL(demo?.link ?? '');
const consume = await app.inject({
  method: 'POST',
  url: '/api/auth/magic-link/consume',
  payload: { token: link.searchParams.get('token') },
});
const cookie = `pendopo_session=${consume.cookies[0]?.value}`;

// Enough places for everyone: the plenary holds BADGES.
const form = (await app.inject({ method: 'GET', url: '/api/events/icdd-2021/registration-form' })).json();
const session = (await app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).json();
const { panels: _panels, inPersonPlaces: _places, inPersonConfirmed: _confirmed, ...config } = form;
await app.inject({
  method: 'PUT',
  url: '/api/events/icdd-2021/registration-form',
  headers: { cookie, 'x-csrf-token': session.csrfToken },
  payload: { ...config, inPersonCapacity: BADGES },
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

const ms = (ns: number) => (ns / 1e6).toFixed(1);
console.log(`| badges | time | PDF size | per badge | loop delay p99 | max | summary request meanwhile |`);
console.log(`|---|---|---|---|---|---|---|`);
console.log(
  `| ${BADGES} | ${seconds.toFixed(2)} s | ${(response.rawPayload.length / 1e6).toFixed(2)} MB | ` +
    `${((seconds * 1000) / BADGES).toFixed(1)} ms | ${ms(histogram.percentile(99))} ms | ${ms(histogram.max)} ms | ${waited.toFixed(0)} ms |`,
);
await app.close();
await database.close();
