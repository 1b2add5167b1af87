import type { RegistrationStatus } from '../../../shared/registration.js';
import type { ImportIssue, ImportResult } from '../../../shared/registrationList.js';
import { pickText } from '../../../shared/text.js';
import { recordAudit } from '../../core/audit/audit.js';
import { type Actor, requireEventRole } from '../../core/auth/actor.js';
import type { Db } from '../../core/db/db.js';
import { AppError } from '../../core/errors.js';
import { enqueueMail } from '../../core/mail/outbox.js';
import { getEventRow } from '../events/events.service.js';
import { type ParsedImport, parseImport } from './csv.js';
import { LIST_POLICY } from './list.policy.js';
import * as listRepo from './list.repo.js';
import * as repo from './registration.repo.js';

/** Invited people are not asked to consent on a form; their rows say so instead of naming a notice's version. */
export const INVITED_CONSENT = 'invited';

/** A real import with any bad row imports nothing; the problem names every row and field as `rows.N.field`. */
export const importRejected = (issues: ImportIssue[]) =>
  new AppError(
    'bad_request',
    'registration.import_invalid',
    `${new Set(issues.map((i) => i.row)).size} row(s) need fixing; nothing was imported.`,
    issues.map((i) => ({ field: `rows.${i.row}.${i.field}`, message: i.message })),
  );

function duplicatesIn(parsed: ParsedImport, existing: Set<string>): ImportIssue[] {
  return parsed.rows
    .filter(({ input }) => existing.has(input.email))
    .map(({ row }) => ({ row, field: 'email', message: 'is already registered for the event' }));
}

const byRow = (a: ImportIssue, b: ImportIssue) => a.row - b.row;

/**
 * Imports invited people from a CSV file, all or none. A dry run checks every
 * row and reports what is wrong without writing; a real run checks again under
 * the event's lock (someone may have registered meanwhile) and writes every row
 * in one transaction, audited and mailed like a registration on the form.
 */
export async function importRegistrations(options: {
  db: Db;
  actor: Actor;
  slug: string;
  csv: string;
  dryRun: boolean;
}): Promise<ImportResult> {
  const { db, actor, slug, csv, dryRun } = options;
  const event = await getEventRow(db, slug);
  requireEventRole(actor, event.id, LIST_POLICY.importList);
  const form = (await listRepo.findForm(db, event.id)) ?? null;
  const parsed = parseImport(csv, form);
  const emails = parsed.rows.map((r) => r.input.email);
  const issues = [...parsed.issues, ...duplicatesIn(parsed, await listRepo.existingEmails(db, event.id, emails))];
  issues.sort(byRow);
  if (dryRun) return { dryRun, rows: parsed.count, imported: 0, issues };
  if (issues.length) throw importRejected(issues);

  const imported = await db.transaction(async (tx) => {
    await repo.lockEvent(tx, event.id);
    const late = duplicatesIn(parsed, await listRepo.existingEmails(tx, event.id, emails));
    if (late.length) throw importRejected(late);
    const needsAccreditation = new Set(form?.categories.filter((c) => c.needsAccreditation).map((c) => c.key));
    let freePlaces =
      ((await repo.plenaryCapacity(tx, event.id)) ?? 0) - (await repo.countConfirmedInPerson(tx, event.id));
    const statusOf = (attendance: string, category: string): RegistrationStatus => {
      if (attendance === 'virtual') return 'confirmed';
      if (needsAccreditation.has(category)) return 'pending';
      freePlaces -= 1;
      return freePlaces >= 0 ? 'confirmed' : 'waitlisted';
    };
    const now = new Date();
    const values = parsed.rows.map(({ input }) => {
      const category = input.category ?? 'participant';
      return {
        eventId: event.id,
        category,
        name: input.name,
        email: input.email,
        country: input.country,
        organization: input.organization,
        position: input.position || null,
        sector: input.sector,
        attendance: input.attendance,
        answers: input.answers,
        consentVersion: INVITED_CONSENT,
        consentedAt: now,
        status: statusOf(input.attendance, category),
      };
    });
    const rows = await listRepo.insertMany(tx, values);
    for (const [index, row] of rows.entries()) {
      const status = values[index]?.status ?? 'pending';
      await recordAudit(tx, {
        eventId: event.id,
        actorId: actor.accountId,
        action: 'registration.imported',
        entityType: 'registration',
        entityId: row.id,
        summary: { status },
      });
      await enqueueMail(tx, {
        to: row.email,
        template: 'registration_received',
        language: 'en',
        params: { name: values[index]?.name ?? '', event: pickText(event.name, 'en'), status },
        eventId: event.id,
      });
    }
    return rows.length;
  });
  return { dryRun, rows: parsed.count, imported, issues: [] };
}
