import { randomBytes } from 'node:crypto';
import type { Db } from '../core/db/db.js';
import { registrations } from '../modules/registration/registration.tables.js';

export type RegistrationRowInput = Partial<Omit<typeof registrations.$inferInsert, 'eventId'>>;

/** A registration row as the form would have stored it; a fresh address each time. */
export function buildRegistrationRow(eventId: string, overrides: RegistrationRowInput = {}) {
  return {
    eventId,
    name: 'Ayu Lestari',
    email: `registrant-${randomBytes(5).toString('hex')}@example.org`,
    country: 'ID',
    organization: 'Kementerian Uji',
    sector: 'government' as const,
    attendance: 'virtual' as const,
    consentVersion: '2026-11',
    consentedAt: new Date(),
    status: 'confirmed' as const,
    ...overrides,
  };
}

/**
 * Registrations written straight to the table, many per statement: for tests of
 * what organizers read and for benchmarks, where going through the form is not the point.
 */
export async function insertRegistrationRows(db: Db, eventId: string, rows: RegistrationRowInput[]) {
  const inserted: (typeof registrations.$inferSelect)[] = [];
  for (let start = 0; start < rows.length; start += 1000) {
    const chunk = rows.slice(start, start + 1000).map((row) => buildRegistrationRow(eventId, row));
    inserted.push(...(await db.insert(registrations).values(chunk).returning()));
  }
  return inserted;
}
