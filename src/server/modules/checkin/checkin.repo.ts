import type { Queryable } from '../../core/db/db.js';
import { checkIns } from './checkin.tables.js';

export async function insertCheckIn(
  db: Queryable,
  values: { eventId: string; registrationId: string; staffId: string | null },
) {
  const [row] = await db.insert(checkIns).values(values).returning();
  if (!row) throw new Error('check-in insert returned nothing');
  return row;
}
