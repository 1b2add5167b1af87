// The server side of bench/commitments.ts, in a process of its own so the requests' client does not
// share its event loop: an in-memory PGlite with the ICDD 2021 demo seeded (five focus areas, the
// delegations, the Bali Message adopted on 16 November 2021), its tracker replaced by COMMITMENTS
// commitments with REPORTS reports each, built in bulk (commitments-bulk.ts). Prints one JSON line
// once built and listening on 127.0.0.1; then, on stdin, one JSON line per command:
//   times          the server's own p50, p99 and max since the last `times` (Fastify's time)
//   bump           the tracker's revision bumped, as any write does: the next read rebuilds the snapshot
//   floor warm     what every read asks the database before it trusts its cached figures (the event, the revision), 100 times
//   floor cold     the snapshot's reads straight through Drizzle, in parallel as the build issues them, COLD times
//   breakdown      in-process, without HTTP: the snapshot's build, the figures' computing, the services warm
//   bare           a bare node:http server answering the same two JSON bodies (brotli 5 when asked, as the app): its port
//   bare-times     its own p50, p99 and max since the last call (from the request to the answer written)
//   exit
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { createMemoryBus } from '../../src/server/core/bus/bus.js';
import { openPglite } from '../../src/server/core/db/open.js';
import { compress, negotiateCoding } from '../../src/server/core/http/compression.js';
import { seedDemo } from '../../src/server/demo/seed.js';
import * as repo from '../../src/server/modules/commitments/commitments.repo.js';
import { figuresOf } from '../../src/server/modules/commitments/tracker/tracker.figures.js';
import { listPublic, readSummary } from '../../src/server/modules/commitments/tracker/tracker.service.js';
import { resolveSettings, snapshotOf } from '../../src/server/modules/commitments/tracker/tracker.snapshot.js';
import { listNamedDelegations } from '../../src/server/modules/delegations/voices.service.js';
import { describeEvent } from '../../src/server/modules/events/events.service.js';
import { findEvent } from '../../src/server/modules/events/operation.service.js';
import { buildTestApp, testConfig } from '../../src/server/testing/harness.js';
import { buildTracker } from './commitments-bulk.js';
import { listenTimed } from './timed-listen.js';

const COMMITMENTS = Number(process.env.COMMITMENTS ?? 10_000);
const REPORTS = Number(process.env.REPORTS ?? 5);
const COLD = Number(process.env.COLD ?? 5);
const REPEATS = 100;

const log = (message: string) => process.stderr.write(`commitments-server: ${message}\n`);

const database = await openPglite('memory://');
await database.migrate();
const { db } = database;
const built = await buildTestApp({
  config: testConfig({ PUBLIC_URL: 'http://127.0.0.1' }),
  database,
  bus: createMemoryBus(),
});
const { app } = built;
const { port, takeTimes } = await listenTimed(app, 1);

const staging = performance.now();
const seeded = await seedDemo({ db, publicUrl: 'http://127.0.0.1', registrants: 5 });
if (!seeded) throw new Error('the demo was not seeded');
const { slug } = seeded;
const event = await findEvent(db, slug);
const { reporting } = await resolveSettings(db, event);
if (!reporting) throw new Error('the demo has no adopted text');
const delegations = (await listNamedDelegations(db, event.id)).filter((d) => d.isTakingPart);
const { focusAreas } = await describeEvent(db, event);
log(`demo seeded in ${((performance.now() - staging) / 1000).toFixed(1)} s; building the tracker`);
const bulk = await buildTracker(db, {
  eventId: event.id,
  reporting,
  delegationIds: delegations.map((d) => d.id),
  focusAreaIds: focusAreas.map((a) => a.id),
  count: COMMITMENTS,
  reportsEach: REPORTS,
});
const area = focusAreas[1]?.id ?? '';
const listFilters = { focusAreaId: area, status: 'on_track' as const, page: 2, pageSize: 25 };
// "A write": one commitment's revision moves, as a report or an edit through the services moves it.
const [written] = await repo.listCommitments(db, event.id);
const write = () => repo.touchTracker(db, event.id, { commitmentIds: written ? [written.id] : [] });
takeTimes();
log(`built in ${bulk.insertSeconds.toFixed(1)} s`);

/** p50, p99 and max in milliseconds of `n` runs of the work, one after another (as listenTimed counts). */
async function repeat(n: number, work: () => Promise<unknown> | unknown) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return stats(times);
}
function stats(values: number[]) {
  const sorted = [...values].sort((x, y) => x - y);
  const at = (q: number) => Number((sorted[Math.floor(q * (sorted.length - 1))] ?? 0).toFixed(1));
  return { p50: at(0.5), p99: at(0.99), max: at(1) };
}

/** What buildSnapshot reads, the same statements through the module's repository and the services it calls. */
const snapshotReads = () =>
  Promise.all([
    resolveSettings(db, event),
    describeEvent(db, event),
    repo.listCommitments(db, event.id),
    repo.listDeliverables(db, event.id),
    repo.listReports(db, event.id),
    listNamedDelegations(db, event.id),
  ]);

async function breakdown() {
  const builds: number[] = [];
  const computes: number[] = [];
  for (let i = 0; i < COLD; i++) {
    await write();
    let started = performance.now();
    const snapshot = await snapshotOf(db, event);
    builds.push(performance.now() - started);
    started = performance.now();
    figuresOf(snapshot, new Date());
    computes.push(performance.now() - started);
  }
  const summary = await readSummary({ db, slug });
  const list = await listPublic({ db, slug, filters: listFilters });
  return {
    snapshotBuild: stats(builds),
    figures: stats(computes),
    summaryService: await repeat(REPEATS, () => readSummary({ db, slug })),
    listService: await repeat(REPEATS, () => listPublic({ db, slug, filters: listFilters })),
    summaryBytes: Buffer.byteLength(JSON.stringify(summary)),
    listBytes: Buffer.byteLength(JSON.stringify(list)),
    listTotal: list.total,
  };
}

/** A bare node:http loop answering the app's own answers, compressed per request as the app does. */
const bareTimes: number[] = [];
async function bare() {
  const bodies: Record<string, Buffer> = {
    '/summary': Buffer.from(JSON.stringify(await readSummary({ db, slug }))),
    '/list': Buffer.from(JSON.stringify(await listPublic({ db, slug, filters: listFilters }))),
  };
  const server = createServer(async (request, response) => {
    const started = performance.now();
    const body = bodies[request.url ?? ''] ?? Buffer.from('{}');
    const coding = negotiateCoding(request.headers['accept-encoding']);
    const sent = coding ? await compress(body, coding, 'live') : body;
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': sent.length,
      ...(coding ? { 'content-encoding': coding } : {}),
    });
    response.end(sent, () => bareTimes.push(performance.now() - started));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0 };
}

console.log(
  JSON.stringify({
    port,
    slug,
    area,
    stagedSeconds: (performance.now() - staging) / 1000,
    counts: { ...bulk, delegations: delegations.length, focusAreas: focusAreas.length },
  }),
);

for await (const line of createInterface({ input: process.stdin })) {
  const [command, a] = line.trim().split(' ');
  if (command === 'times') console.log(JSON.stringify(takeTimes()));
  if (command === 'bump') console.log(JSON.stringify({ revision: (await write()).revision }));
  if (command === 'floor' && a === 'warm')
    console.log(
      JSON.stringify(
        await repeat(REPEATS, async () => [await findEvent(db, slug), await repo.trackerRevision(db, event.id)]),
      ),
    );
  if (command === 'floor' && a === 'cold') console.log(JSON.stringify(await repeat(COLD, snapshotReads)));
  if (command === 'breakdown') console.log(JSON.stringify(await breakdown()));
  if (command === 'bare') console.log(JSON.stringify(await bare()));
  if (command === 'bare-times') console.log(JSON.stringify(stats(bareTimes.splice(0))));
  if (command === 'exit') break;
}
await app.close();
await database.close();
process.exit(0);
