import { eq } from 'drizzle-orm';
import type { RegistrationForm } from '../../../shared/registration.js';
import type { Queryable } from '../../core/db/db.js';
import { registrationForms } from './registration.tables.js';

type FormRow = typeof registrationForms.$inferSelect;
const formOf = ({ eventId: _eventId, updatedAt: _updatedAt, ...form }: FormRow): RegistrationForm => form;

export async function findForm(db: Queryable, eventId: string): Promise<RegistrationForm | undefined> {
  const [row] = await db.select().from(registrationForms).where(eq(registrationForms.eventId, eventId));
  return row && formOf(row);
}

export async function saveForm(db: Queryable, eventId: string, form: RegistrationForm): Promise<void> {
  await db
    .insert(registrationForms)
    .values({ eventId, ...form })
    .onConflictDoUpdate({ target: registrationForms.eventId, set: { ...form, updatedAt: new Date() } });
}
