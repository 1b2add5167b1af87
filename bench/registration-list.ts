// The organizer's list at 10,000 registrants: a filtered page p50/p99 and the CSV export.
// `npm run bench:registration-list`: PGlite always, PostgreSQL too when DATABASE_URL is set
// (a database of its own, dropped afterwards). Requests go through the whole app (inject),
// signed in as an organizer; the registrants are written straight to the table, 1,000 a statement.

import { createTestEvent, signedInClient } from '../src/server/testing/factories.js';
import { type Backend, startTestApp } from '../src/server/testing/harness.js';
import type { RegistrationRowInput } from '../src/server/testing/registrations.js';
import { insertRegistrationRows } from '../src/server/testing/registrations.js';

const REGISTRANTS = Number(process.env.REGISTRANTS ?? 10_000);
const REQUESTS = Number(process.env.REQUESTS ?? 300);
const EXPORTS = Number(process.env.EXPORTS ?? 5);

const COUNTRIES = ['ID', 'AU', 'BN', 'KH', 'CL', 'CN', 'FJ', 'FI', 'IN', 'JP', 'LA', 'MY', 'NZ', 'PH', 'KR', 'SG'];
const SECTORS = ['government', 'private', 'academia', 'civil_society', 'media', 'other'] as const;
const STATUSES = ['confirmed', 'confirmed', 'confirmed', 'pending', 'waitlisted', 'declined', 'cancelled'] as const;
const GIVEN = ['Ayu', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fajar', 'Gita', 'Hana', 'Ika', 'Joko', 'Mere', 'Yui', 'Liam'];
const FAMILY = ['Santoso', 'Lestari', 'Wijaya', 'Tanaka', 'Tuilau', 'Nguyen', 'Kim', 'Virtanen', 'Smith', 'Rahma'];

/** A fixed sequence, so that every run measures the same data. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function registrants(count: number): RegistrationRowInput[] {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const start = Date.parse('2021-11-01T00:00:00Z');
  return Array.from({ length: count }, (_, i) => ({
    name: `${pick(GIVEN)} ${pick(FAMILY)}`,
    email: `person-${i}@example.org`,
    country: pick(COUNTRIES),
    organization: `Organisation ${i % 700}`,
    sector: pick(SECTORS),
    attendance: next() < 0.4 ? 'in_person' : 'virtual',
    status: pick(STATUSES),
    category: next() < 0.9 ? 'participant' : 'media',
    answers: { topics: ['data'] },
    createdAt: new Date(start + Math.floor(next() * 15 * 86_400_000)),
  }));
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const CASES = [
  ['review queue: status=pending, newest first', '?status=pending&pageSize=50'],
  [
    'country + sector + attendance, sorted by name, page 3',
    '?country=ID,MY&sector=government&attendance=in_person&sort=name&order=asc&page=3',
  ],
  ['search "santoso" in name, e-mail, organisation', '?q=santoso&pageSize=50'],
  ['no filter, last page (offset 9,950)', `?page=${Math.ceil(REGISTRANTS / 50)}&pageSize=50`],
] as const;

async function measure(backend: Backend) {
  const test = await startTestApp(backend);
  try {
    const event = await createTestEvent(test.db);
    const seeding = performance.now();
    await insertRegistrationRows(test.db, event.id, registrants(REGISTRANTS));
    const seeded = (performance.now() - seeding) / 1000;
    const { client } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
    const base = `/api/events/${event.slug}/registrations`;

    const rows: string[] = [];
    for (const [label, query] of CASES) {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < REQUESTS; i++) {
        const started = performance.now();
        const response = await client.get(`${base}${query}`);
        times.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`${query}: ${response.status} ${response.body}`);
        total = response.json.total;
      }
      times.sort((a, b) => a - b);
      rows.push(
        `| ${backend} | ${label} | ${total} | ${percentile(times, 50).toFixed(1)} ms | ${percentile(times, 99).toFixed(1)} ms |`,
      );
    }

    const exports: number[] = [];
    let bytes = 0;
    for (let i = 0; i < EXPORTS; i++) {
      const started = performance.now();
      const response = await client.get(`${base.replace(/registrations$/, 'registrations.csv')}`);
      exports.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`csv: ${response.status}`);
      bytes = Buffer.byteLength(response.body);
    }
    exports.sort((a, b) => a - b);
    rows.push(
      `| ${backend} | CSV export, all ${REGISTRANTS} rows (${(bytes / 1e6).toFixed(1)} MB), ${EXPORTS} runs | ${REGISTRANTS} | ${percentile(exports, 50).toFixed(0)} ms | max ${(exports.at(-1) ?? 0).toFixed(0)} ms |`,
    );
    console.error(`${backend}: seeded ${REGISTRANTS} in ${seeded.toFixed(1)} s`);
    return rows;
  } finally {
    await test.close();
  }
}

const backends: Backend[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
const table = ['| backend | request | matching rows | p50 | p99 |', '|---|---|---|---|---|'];
for (const backend of backends) table.push(...(await measure(backend)));
console.log(`${REGISTRANTS} registrants, ${REQUESTS} requests per case (organizer session, app.inject)\n`);
console.log(table.join('\n'));
