import { sql } from 'drizzle-orm';
import { CSRF_HEADER } from '../../../shared/auth.js';
import { readDemo, seedDemo } from '../../demo/seed.js';
import type { TestClient } from '../client.js';
import { buildRegistration, createTestEvent, signedInClient } from '../factories.js';
import type { TestApp } from '../harness.js';
import type { Pools } from './shaped.js';

/** Who sends the generated requests: nobody, or a signed-in person with the CSRF header of their session. */
export interface Caller {
  name: string;
  headers: Record<string, string>;
}

export interface FuzzWorld {
  pools: Pools;
  callers: Caller[];
}

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * Real values of the seeded tables, by column name in the API's spelling
 * (`time_zone` gives `timeZone`), so that fields such as a country, a room or
 * a check-in code take values that pass validation and reach the handler.
 */
async function sampleColumns(test: TestApp, limit: number): Promise<Pools> {
  const columns = rowsOf<{ table_name: string; column_name: string }>(
    await test.db.execute(sql`select table_name, column_name from information_schema.columns
      where table_schema = 'public' and data_type in ('uuid', 'text', 'character varying')
      order by table_name, column_name`),
  );
  const pools: Pools = {};
  for (const { table_name, column_name } of columns) {
    const column = sql.identifier(column_name);
    const rows = rowsOf<{ value: string }>(
      await test.db.execute(sql`select distinct ${column}::text as value from ${sql.identifier(table_name)}
        where ${column} is not null and length(${column}::text) <= 200 limit ${limit}`),
    );
    const name = camel(column_name);
    pools[name] = [...new Set([...(pools[name] ?? []), ...rows.map((row) => row.value)])];
  }
  return pools;
}

const callerOf = (client: TestClient): Caller => ({
  name: 'organizer',
  headers: { cookie: client.cookie ?? '', [CSRF_HEADER]: client.csrfToken ?? '' },
});

/**
 * The ICDD 2021 demo (a published programme, delegations, a form, a few
 * registrants) and a second event, an organizer of the demo who registered
 * and keeps an agenda, and pools of their real slugs, ids, codes and tokens.
 */
export async function seedWorld(test: TestApp): Promise<FuzzWorld> {
  const demo = await seedDemo({ db: test.db, publicUrl: test.config.publicUrl, registrants: 30 });
  if (!demo) throw new Error('the demo was not seeded');
  const other = await createTestEvent(test.db);
  const [event] = rowsOf<{ id: string }>(await test.db.execute(sql`select id from events where slug = ${demo.slug}`));
  const { client, account } = await signedInClient(test, { eventId: event?.id ?? '', roles: ['organizer'] });

  const base = `/api/events/${demo.slug}`;
  const registered = await client.post(`${base}/registrations`, buildRegistration({ email: account.email }));
  if (registered.status !== 201) throw new Error(`the organizer could not register: ${registered.body}`);
  const programme = await client.get(`${base}/programme`);
  const sessionId: string | undefined = programme.json?.sessions?.[0]?.id;
  await client.put(`${base}/agenda/${sessionId}`);
  const feed = await client.post(`${base}/agenda/feed`);
  const token = /\/agenda\/([^/.]+)\.ics/.exec(String(feed.json?.feedUrl))?.[1];

  const columns = await sampleColumns(test, 12);
  const isOthers = (value: string) => value !== account.id;
  return {
    pools: {
      ...columns,
      // Every record's id where any id goes; never the organizer's own account (a role taken away ends the run).
      ids: (columns.id ?? []).filter(isOthers),
      id: (columns.id ?? []).filter(isOthers),
      accountId: (columns.accountId ?? []).filter(isOthers),
      // Most requests name the event the organizer runs; some another one.
      slug: [demo.slug, demo.slug, demo.slug, other.slug],
      keys: ['en', 'id', ...readDemo().registrationForm.questions.map((question) => question.key)],
      // The form's trap for robots: a registration that fills it in is refused before anything else is tried.
      website: [''],
      token: token ? [token] : [],
    },
    callers: [{ name: 'anonymous', headers: {} }, callerOf(client)],
  };
}
