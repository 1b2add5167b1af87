// The server side of bench/registration-burst.ts, in a process of its own so the load
// generator does not share its event loop. Prints {"port","slug","warmUpSlug"} once listening, then
// answers commands on stdin, one JSON line each: `count` (rows afterwards) and
// `ceiling N C` (the same writes as N registrations straight to the database, C at a time).
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { count, countDistinct, eq } from 'drizzle-orm';
import { buildApp } from '../../src/server/app.js';
import { recordAudit } from '../../src/server/core/audit/audit.js';
import { auditLog } from '../../src/server/core/audit/audit.tables.js';
import { createMemoryBus } from '../../src/server/core/bus/bus.js';
import { openPglite, openPostgres } from '../../src/server/core/db/open.js';
import { outbox } from '../../src/server/core/mail/mail.tables.js';
import { enqueueMail } from '../../src/server/core/mail/outbox.js';
import { newCheckInCode, newLinkKey } from '../../src/server/modules/registration/link.js';
import { registrationReceived } from '../../src/server/modules/registration/registration.mails.js';
import { registrations } from '../../src/server/modules/registration/registration.tables.js';
import { createTestEvent } from '../../src/server/testing/factories.js';
import { testConfig } from '../../src/server/testing/harness.js';
import { listenTimed } from './timed-listen.js';

const url = process.env.BENCH_DATABASE_URL;
const database = url ? await openPostgres(url, Number(process.env.POOL ?? 10)) : await openPglite('memory://');
await database.migrate();
const { db } = database;
const { app } = await buildApp({ config: testConfig(), database, bus: createMemoryBus() });
const event = await createTestEvent(db, { rooms: [{ name: { en: 'Plenary' }, capacity: 2000 }] });
// A server that has run a while: the warm-up goes to an event of its own, so the counts are the burst's.
const warmUp = await createTestEvent(db, { rooms: [{ name: { en: 'Plenary' }, capacity: 2000 }] });
// The server's own view of each request's time, to tell its queueing from the network's.
const { port, takeTimes } = await listenTimed(app);
console.log(JSON.stringify({ port, slug: event.slug, warmUpSlug: warmUp.slug }));

/** One registration's writes with no HTTP and no rules: the registration, its mail and its audit row. */
async function directRegistration(i: number) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(registrations)
      .values({
        eventId: event.id,
        name: `Ceiling ${i}`,
        email: `ceiling-${i}-${randomBytes(4).toString('hex')}@example.org`,
        country: 'ID',
        organization: 'Bench',
        sector: 'government',
        attendance: 'virtual',
        consentVersion: '2026-11',
        consentedAt: new Date(),
        status: 'confirmed',
        linkKey: newLinkKey(),
        checkInCode: newCheckInCode(),
      })
      .returning({ id: registrations.id, email: registrations.email });
    if (!row) throw new Error('no row');
    await enqueueMail(tx, {
      to: row.email,
      template: registrationReceived,
      language: 'en',
      eventId: event.id,
      params: {
        name: `Ceiling ${i}`,
        event: 'Bench',
        status: 'confirmed',
        link: 'http://bench/x',
        registrationId: row.id,
        attendance: 'virtual',
        waitlistPosition: null,
        readerTimeZone: null,
        about: {
          slug: event.slug,
          name: 'Bench',
          startsAt: event.startsAt,
          endsAt: event.endsAt,
          timeZone: event.timeZone,
          venue: event.venue,
          mode: event.mode,
          url: 'http://bench/events/bench',
        },
      },
    });
    await recordAudit(tx, {
      eventId: event.id,
      actorId: null,
      action: 'registration.created',
      entityType: 'registration',
      entityId: row.id,
    });
  });
}

async function ceiling(n: number, concurrency: number) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await directRegistration(next++);
    }),
  );
  return { n, seconds: (performance.now() - started) / 1000 };
}

async function counts() {
  const [rows] = await db
    .select({ n: count(), emails: countDistinct(registrations.email) })
    .from(registrations)
    .where(eq(registrations.eventId, event.id));
  const [mails] = await db.select({ n: count() }).from(outbox).where(eq(outbox.eventId, event.id));
  const [audits] = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.eventId, event.id));
  return {
    registrations: rows?.n ?? 0,
    distinctEmails: rows?.emails ?? 0,
    mails: mails?.n ?? 0,
    audits: audits?.n ?? 0,
  };
}

for await (const line of createInterface({ input: process.stdin })) {
  const [command, a, b] = line.trim().split(' ');
  if (command === 'count') console.log(JSON.stringify(await counts()));
  if (command === 'times') console.log(JSON.stringify(takeTimes()));
  if (command === 'ceiling') console.log(JSON.stringify(await ceiling(Number(a), Number(b))));
  if (command === 'exit') break;
}
await app.close();
await database.close();
process.exit(0);
