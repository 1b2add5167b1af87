// The whole app in the benchmark's process on an in-memory PGlite with the demo seeded,
// and the demo organizer signed in: what the in-process benchmarks start from.
import { buildApp } from '../../src/server/app.js';
import { createMemoryBus } from '../../src/server/core/bus/bus.js';
import { openPglite } from '../../src/server/core/db/open.js';
import { seedDemo } from '../../src/server/demo/seed.js';
import { testConfig } from '../../src/server/testing/harness.js';

export async function startDemoApp() {
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
  const session = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
  const csrf = (session.json() as { csrfToken: string }).csrfToken;
  return { app, database, cookie, csrf };
}
