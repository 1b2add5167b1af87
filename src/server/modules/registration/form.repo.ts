import { eq } from 'drizzle-orm';
import type { RegistrationForm } from '../../../shared/registration.js';
import type { Queryable } from '../../core/db/db.js';
import { registrationForms } from './registration.tables.js';

type FormRow = typeof registrationForms.$inferSelect;
const formOf = ({
  eventId: _eventId,
  updatedAt: _updatedAt,
  opensAt,
  closesAt,
  ...form
}: FormRow): RegistrationForm => ({
  ...form,
  opensAt: opensAt?.toISOString() ?? null,
  closesAt: closesAt?.toISOString() ?? null,
});
const rowOf = (form: RegistrationForm) => ({
  ...form,
  opensAt: form.opensAt ? new Date(form.opensAt) : null,
  closesAt: form.closesAt ? new Date(form.closesAt) : null,
});

export async function findForm(db: Queryable, eventId: string): Promise<RegistrationForm | undefined> {
  const [row] = await db.select().from(registrationForms).where(eq(registrationForms.eventId, eventId));
  return row && formOf(row);
}

export async function saveForm(db: Queryable, eventId: string, form: RegistrationForm): Promise<void> {
  await db
    .insert(registrationForms)
    .values({ eventId, ...rowOf(form) })
    .onConflictDoUpdate({ target: registrationForms.eventId, set: { ...rowOf(form), updatedAt: new Date() } });
}
