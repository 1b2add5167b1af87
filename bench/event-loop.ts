// Does a demo-workload query block the event loop for more than 50 ms on PGlite?
// `npm run bench:event-loop`: the whole app in this process on an in-memory PGlite
// with the demo seeded; mixed reads and writes through HTTP (inject) while
// perf_hooks watches the loop's delay.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startDemoApp } from './support/demo-app.js';

const REQUESTS = Number(process.env.REQUESTS ?? 2000);
const { app, database, cookie, csrf } = await startDemoApp();

const histogram = monitorEventLoopDelay({ resolution: 1 });
histogram.enable();
const started = performance.now();
for (let i = 0; i < REQUESTS; i++) {
  const isWrite = i % 10 === 0;
  await (isWrite
    ? app.inject({
        method: 'PATCH',
        url: '/api/events/icdd-2021',
        headers: { cookie, 'x-csrf-token': csrf },
        payload: { theme: { en: `Theme ${i}`, id: `Tema ${i}` } },
      })
    : app.inject({
        method: 'GET',
        url: i % 3 === 0 ? '/api/events/icdd-2021/audit' : '/api/events/icdd-2021',
        headers: { cookie },
      }));
  // Yield so that the delay monitor can run between requests, as a server would.
  await new Promise((resolve) => setImmediate(resolve));
}
histogram.disable();
const seconds = (performance.now() - started) / 1000;
const ms = (ns: number) => (ns / 1e6).toFixed(1);
console.log(
  `${REQUESTS} requests (10% writes) in ${seconds.toFixed(2)} s: ${(REQUESTS / seconds).toFixed(0)} per second`,
);
console.log(
  `event-loop delay: p50 ${ms(histogram.percentile(50))} ms, p99 ${ms(histogram.percentile(99))} ms, max ${ms(histogram.max)} ms`,
);
await app.close();
await database.close();
