// The server side of bench/schedule-exports.ts, in a process of its own so the load generator
// does not share its event loop: an in-memory PGlite, an event of SESSIONS sessions on ROOMS rooms
// over DAYS days made through the programme service and published, then the cold build of the
// XML timed here. Prints one JSON line once listening on 127.0.0.1; on stdin, `times` prints the
// server's own p50 and p99 since the last `times`, and `exit` stops it.
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { buildApp } from '../../src/server/app.js';
import { SYSTEM } from '../../src/server/core/auth/actor.js';
import { createMemoryBus } from '../../src/server/core/bus/bus.js';
import { openPglite } from '../../src/server/core/db/open.js';
import { publishProgramme, readPublishedProgramme } from '../../src/server/modules/programme/programme.service.js';
import { createSession } from '../../src/server/modules/programme/sessions.service.js';
import { createSpeaker } from '../../src/server/modules/programme/speakers.service.js';
import { renderFrabXml } from '../../src/server/modules/schedule/frab.xml.js';
import { buildFrabSchedule } from '../../src/server/modules/schedule/schedule.model.js';
import { createTestEvent } from '../../src/server/testing/factories.js';
import { testConfig } from '../../src/server/testing/harness.js';
import { SESSION_TYPES } from '../../src/shared/constants.js';
import { listenTimed } from './timed-listen.js';

const SESSIONS = Number(process.env.SESSIONS ?? 500);
const ROOMS = Number(process.env.ROOMS ?? 20);
const DAYS = Number(process.env.DAYS ?? 3);
const BUILDS = Number(process.env.BUILDS ?? 7);
const SPEAKERS = 200;

const database = await openPglite('memory://');
await database.migrate();
const { db } = database;
const config = testConfig({ PUBLIC_URL: 'http://127.0.0.1' });
const { app } = await buildApp({ config, database, bus: createMemoryBus() });

const seeding = performance.now();
const event = await createTestEvent(db, {
  timeZone: 'Asia/Makassar',
  startsAt: '2030-03-01T08:00:00+08:00',
  endsAt: `2030-03-0${DAYS}T20:00:00+08:00`,
  rooms: Array.from({ length: ROOMS }, (_, i) => ({
    name: { en: `Room ${i + 1}`, id: `Ruang ${i + 1}` },
    capacity: 100,
  })),
});
const slug = event.slug;
const speakerIds: string[] = [];
for (let i = 0; i < SPEAKERS; i++) {
  const input = {
    name: `Speaker ${i + 1}`,
    title: 'Expert',
    organization: 'Bench',
    country: 'ID',
    bio: { en: 'A bio.' },
  };
  speakerIds.push((await createSpeaker({ db, actor: SYSTEM, slug, input })).id);
}
// Slots of 45 minutes every hour from 09:00 WITA, filled room by room; in one slot each room has
// speakers of its own, so no one is booked twice.
const slotsPerDay = Math.ceil(SESSIONS / ROOMS / DAYS);
for (let n = 0; n < SESSIONS; n++) {
  const room = n % ROOMS;
  const slot = Math.floor(n / ROOMS);
  const day = Math.floor(slot / slotsPerDay);
  const start = Date.parse(`2030-03-0${day + 1}T09:00:00+08:00`) + (slot % slotsPerDay) * 3_600_000;
  const speaker = (j: number) => speakerIds[(room * 3 + j + slot * 60) % SPEAKERS] ?? '';
  await createSession({
    db,
    actor: SYSTEM,
    slug,
    input: {
      type: SESSION_TYPES[n % SESSION_TYPES.length] ?? 'panel',
      title: { en: `Session ${n + 1}: digital diplomacy & data`, id: `Sesi ${n + 1}: diplomasi digital & data` },
      description: {
        en: 'What the panel discusses, in a few sentences. '.repeat(6),
        id: 'Apa yang dibahas. '.repeat(6),
      },
      roomId: event.rooms[room]?.id ?? '',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 45 * 60_000).toISOString(),
      capacity: null,
      themeId: null,
      speakerIds: [speaker(0), speaker(1)],
      moderatorId: speaker(2),
      streams: [{ language: 'en', url: `https://stream.example.org/room-${room + 1}` }],
    },
  });
}
const { version } = await publishProgramme({ db, actor: SYSTEM, slug });
const seeded = (performance.now() - seeding) / 1000;

/** Median of BUILDS runs of the work, in milliseconds. */
async function median(work: () => Promise<unknown> | unknown) {
  const times: number[] = [];
  for (let i = 0; i < BUILDS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Number((times[Math.floor(times.length / 2)] ?? 0).toFixed(1));
}

const links = { publicUrl: config.publicUrl };
const options = { url: `${config.publicUrl}/events/${slug}/schedule.xml`, generatorVersion: 'bench' };
const programme = await readPublishedProgramme({ db, slug });
const xml = renderFrabXml(buildFrabSchedule(programme, 'en', links), options);
const cold = {
  renderMs: await median(() => renderFrabXml(buildFrabSchedule(programme, 'en', links), options)),
  readAndRenderMs: await median(async () =>
    renderFrabXml(buildFrabSchedule(await readPublishedProgramme({ db, slug }), 'en', links), options),
  ),
  gzipMs: await median(() => gzipSync(xml, { level: 9 })),
  xmlBytes: Buffer.byteLength(xml),
  gzipBytes: gzipSync(xml, { level: 9 }).length,
};

const { port, takeTimes } = await listenTimed(app, 2);
console.log(JSON.stringify({ port, slug, version, sessions: programme.sessions.length, seeded, cold }));

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === 'times') console.log(JSON.stringify(takeTimes()));
  if (line.trim() === 'exit') break;
}
await app.close();
await database.close();
process.exit(0);
