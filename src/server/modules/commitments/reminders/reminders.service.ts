import { isLanguage, type Language, pickText } from '../../../../shared/constants.js';
import { COMMITMENT_POLICY } from '../../../../shared/policies.js';
import { pagePath } from '../../../../shared/routes.js';
import { dueDate, periodStart } from '../../../../shared/tracker.js';
import { recordAudit } from '../../../core/audit/audit.js';
import { listFocalPoints } from '../../../core/auth/accounts.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Db } from '../../../core/db/db.js';
import { enqueueMail } from '../../../core/mail/outbox.js';
import { type EventRecord, eventRead } from '../../events/operation.service.js';
import { commitmentReportDue, commitmentReportLate } from '../commitments.mails.js';
import * as repo from '../commitments.repo.js';
import { type Computed, figuresOf } from '../tracker/tracker.figures.js';
import { snapshotOf } from '../tracker/tracker.snapshot.js';

type Kind = 'due' | 'late';

interface Pending {
  delegationId: string;
  kind: Kind;
  /** The period the reminder is about: the one now running (due), the one that ended (late). */
  period: number;
  due: Date;
  commitments: Computed[];
}

/**
 * The reminders an event owes at `now`: per delegation, one before the running period's report
 * is due (from `remindDaysBefore` days ahead, or at once when the host asks), one after a period
 * ended without it. Only published commitments that still report are counted.
 */
async function pendingReminders(db: Db, event: EventRecord, now: Date, isAsked: boolean): Promise<Pending[]> {
  const snapshot = await snapshotOf(db, event);
  const reporting = snapshot.reporting;
  if (!reporting) return [];
  const f = figuresOf(snapshot, now);
  const windowMs = snapshot.settings.remindDaysBefore * 86_400_000;
  const pending = new Map<string, Pending>();
  const add = (c: Computed, kind: Kind, period: number) => {
    const key = `${c.entry.row.delegationId}:${kind}`;
    const entry = pending.get(key) ?? {
      delegationId: c.entry.row.delegationId,
      kind,
      period,
      due: dueDate(reporting, period),
      commitments: [],
    };
    entry.commitments.push(c);
    pending.set(key, entry);
  };
  for (const c of f.all) {
    const { standing } = c;
    if (c.entry.row.reviewState !== 'published' || standing.nextPeriod === null || !standing.nextDue) continue;
    const nextDue = new Date(standing.nextDue);
    const start = periodStart(reporting, standing.nextPeriod);
    const hasReported = c.entry.reports.some((r) => r.submittedAt > start && r.submittedAt <= now);
    if (!hasReported && (isAsked || nextDue.getTime() - now.getTime() <= windowMs)) add(c, 'due', standing.nextPeriod);
    if (standing.isLate && !hasReported) add(c, 'late', standing.nextPeriod - 1);
  }
  return [...pending.values()];
}

/**
 * Sends what is owed, each (delegation, period, kind) at most once whatever the number of nodes:
 * how many went, how many had gone already, and how many wait for a focal point to be named.
 */
async function send(db: Db, event: EventRecord, reminders: Pending[], publicUrl: string, actorId: string | null) {
  const focalPoints = await listFocalPoints(db, event.id);
  const eventName = (language: Language) => pickText(event.name, language);
  const counts = { sent: 0, alreadySent: 0, withoutFocalPoint: 0 };
  for (const reminder of reminders) {
    const recipients = focalPoints.filter((f) => f.delegationId === reminder.delegationId);
    // No one to tell yet: the reminder stays owed until a focal point is named.
    if (recipients.length === 0) {
      counts.withoutFocalPoint++;
      continue;
    }
    const page = `${publicUrl}${pagePath('delegationCommitments', { slug: event.slug, id: reminder.delegationId })}`;
    const isClaimed = await db.transaction(async (tx) => {
      const claimed = await repo.claimReminder(tx, {
        eventId: event.id,
        delegationId: reminder.delegationId,
        period: reminder.period,
        kind: reminder.kind,
      });
      if (!claimed) return false;
      for (const person of recipients) {
        const language: Language = isLanguage(person.language) ? person.language : 'en';
        const delegation = reminder.commitments[0]?.entry.delegation.name ?? {};
        await enqueueMail(tx, {
          to: person.email,
          eventId: event.id,
          language,
          template: reminder.kind === 'due' ? commitmentReportDue : commitmentReportLate,
          params: {
            name: person.name,
            delegation: pickText(delegation, language),
            event: eventName(language),
            due: writtenDue(reminder.due, event.timeZone, language),
            commitments: reminder.commitments.map((c) => pickText(c.entry.row.title, language)),
            page,
          },
        });
      }
      await recordAudit(tx, {
        eventId: event.id,
        actorId,
        action: `commitments.reminder_${reminder.kind}`,
        entityType: 'delegation',
        entityId: reminder.delegationId,
        summary: { period: reminder.period, commitments: reminder.commitments.length, recipients: recipients.length },
      });
      return true;
    });
    if (isClaimed) counts.sent++;
    else counts.alreadySent++;
  }
  return counts;
}

/** The job's turn for one event: the reminders whose time has come. */
export async function sendDueReminders(options: { db: Db; event: EventRecord; now: Date; publicUrl: string }) {
  const pending = await pendingReminders(options.db, options.event, options.now, false);
  return (await send(options.db, options.event, pending, options.publicUrl, null)).sent;
}

/** The host's one click: every reminder owed now, the "due" ones without waiting for their window; still once per period. */
export async function remindNow(options: { db: Db; actor: Actor; slug: string; publicUrl: string; now?: Date }) {
  const event = await eventRead({ ...options, may: COMMITMENT_POLICY.remind });
  const pending = await pendingReminders(options.db, event, options.now ?? new Date(), true);
  return send(options.db, event, pending, options.publicUrl, options.actor.accountId);
}

const LOCALES: Record<Language, string> = { en: 'en-GB', id: 'id-ID' };

/** A due date as a reminder writes it: in the event's zone, and in UTC. */
export function writtenDue(at: Date, timeZone: string, language: Language): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat(LOCALES[language], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
      timeZoneName: 'short',
    }).format(at);
  return `${format(timeZone)} (${format('UTC')})`;
}
