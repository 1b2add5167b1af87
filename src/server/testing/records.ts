import { asc, desc, eq, gt, sql } from 'drizzle-orm';
import { auditLog } from '../core/audit/audit.tables.js';
import { magicLinks } from '../core/auth/auth.tables.js';
import { hashToken } from '../core/auth/secrets.js';
import { type Db, rowsOf } from '../core/db/db.js';
import { outbox } from '../core/mail/mail.tables.js';
import type { TestClient } from './client.js';

/** What the database holds, read directly: the tests' view behind the API. */

export async function lastAuditId(db: Db): Promise<number> {
  const [row] = await db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row?.id ?? 0;
}

/** The audit rows written after `afterId`, oldest first. */
export async function auditRowsAfter(db: Db, afterId: number) {
  return db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id));
}

export async function outboxTo(db: Db, address: string) {
  return db.select().from(outbox).where(eq(outbox.toAddress, address)).orderBy(asc(outbox.createdAt));
}

export async function outboxCount(db: Db): Promise<number> {
  return (await db.select({ id: outbox.id }).from(outbox)).length;
}

/** The token of the sign-in link in a mail's text. */
export function linkTokenOf(text: string): string {
  const match = /\/sign-in\/link\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no sign-in link in: ${text}`);
  return match[1];
}

/** Asks for a sign-in link as a person would, and reads its token from the newest mail to them. */
export async function requestLinkToken(client: TestClient, db: Db, email: string): Promise<string> {
  const response = await client.post('/api/auth/magic-link', { email });
  if (response.status !== 202) throw new Error(`magic link request failed: ${response.status} ${response.body}`);
  const mails = await outboxTo(db, email);
  const newest = mails.at(-1);
  if (!newest) throw new Error(`no mail queued to ${email}`);
  return linkTokenOf(newest.textBody);
}

export async function expireMagicLink(db: Db, token: string): Promise<void> {
  await db
    .update(magicLinks)
    .set({ expiresAt: new Date(Date.now() - 60_000) })
    .where(eq(magicLinks.tokenHash, hashToken(token)));
}

export async function outboxRow(db: Db, id: string) {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  if (!row) throw new Error(`no outbox row ${id}`);
  return row;
}

/** Moves a mail's next attempt into the past, as if its retry delay had run out. */
export async function makeMailDue(db: Db, id: string): Promise<void> {
  await db
    .update(outbox)
    .set({ nextAttemptAt: new Date(Date.now() - 1000) })
    .where(eq(outbox.id, id));
}

/** Every row of every table, as text: a test of erasure looks for personal data everywhere. */
export async function allRowsAsText(db: Db): Promise<string> {
  const tables = rowsOf<{ table_name: string }>(
    await db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    ),
  );
  const dumps = await Promise.all(
    tables.map(async ({ table_name }) =>
      JSON.stringify(rowsOf(await db.execute(sql.raw(`select * from "${table_name}"`)))),
    ),
  );
  return dumps.join('\n');
}
