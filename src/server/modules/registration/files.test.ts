import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../core/db/db.js';
import { createTestEvent, signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { registrantClient } from '../../testing/registrants.js';

/** A person's strings, unlike anything else in the files. */
function person(label: string) {
  const mark = randomBytes(5).toString('hex');
  return {
    name: `Ketut ${label} Wibisana ${mark}`,
    email: `ketut.${label}.${mark}@erased.example`,
    organization: `Yayasan ${label} ${mark}`,
  };
}

/** Every file under the directory that holds one of the strings, as UTF-8 or in lower case. */
function filesHolding(dir: string, strings: string[]): string[] {
  const found: string[] = [];
  const needles = strings.flatMap((s) => [Buffer.from(s), Buffer.from(s.toLowerCase())]);
  const walk = (path: string) => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (needles.some((needle) => readFileSync(full).includes(needle))) found.push(full.slice(dir.length));
    }
  };
  walk(dir);
  return found;
}

/** Only a flush rewrites: the test decides when. */
const scrubTiming = { quietMs: 3_600_000, maxWaitMs: 3_600_000 };

describe('erased data in the embedded database’s files (pglite)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pendopo-erasure-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('leaves none of an erased person’s strings in any file, whether they erased themselves or the organizers did', async () => {
    const test: TestApp = await startTestApp('pglite', {}, { pgliteDir: dataDir, scrubTiming });
    const event = await createTestEvent(test.db);
    const leaving = person('leaving');
    const everyone = person('everyone');
    const self = await registrantClient(test, event.slug, { ...leaving, position: `Kepala ${leaving.name}` });
    await registrantClient(test, event.slug, everyone);
    // Statistics sample the values of a column; an earlier rewrite (or an operator) may have gathered them.
    await test.db.execute(sql`analyze`);

    expect((await self.client.delete(`/api/events/${event.slug}/registrations/me`)).status).toBe(204);
    const { client: organizer } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
    const erased = await organizer.post(`/api/events/${event.slug}/registrations/erase`, { confirm: event.slug });
    expect(erased.json.count).toBe(1);
    // Two erasures close together: one rewrite.
    await test.ctx.scrub.flush();
    expect(test.ctx.scrub.runs).toBe(1);
    const left = rowsOf<{ n: number }>(await test.db.execute(sql`select count(*)::int as n from registrations`));
    expect(left[0]?.n).toBe(2);
    await test.close();

    const strings = [leaving, everyone].flatMap((p) => [p.name, p.email, p.organization]);
    expect(filesHolding(dataDir, strings)).toEqual([]);
    // A database made on disk (not in memory) takes a while to create on a busy machine.
  }, 180_000);
});

describe.each(BACKENDS.filter((backend) => backend === 'postgres'))('erasures on PostgreSQL (%s)', (backend) => {
  it('are followed by a plain VACUUM of the erased tables', async () => {
    const test = await startTestApp(backend, {}, { scrubTiming });
    try {
      const event = await createTestEvent(test.db);
      const self = await registrantClient(test, event.slug, person('vacuumed'));
      expect((await self.client.delete(`/api/events/${event.slug}/registrations/me`)).status).toBe(204);
      await test.ctx.scrub.flush();
      const vacuumed = rowsOf<{ relname: string }>(
        await test.db.execute(
          sql`select relname from pg_stat_user_tables where last_vacuum is not null and relname in ('registrations', 'accounts', 'outbox')`,
        ),
      );
      expect(vacuumed.map((r) => r.relname).sort()).toEqual(['accounts', 'outbox', 'registrations']);
    } finally {
      await test.close();
    }
  });
});
