import type { DeadlineKind, EventDashboard } from '../../../shared/dashboard.js';
import { DASHBOARD_POLICY } from '../../../shared/policies.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db } from '../../core/db/db.js';
import { countFailingMails } from '../../core/mail/outbox.js';
import { getCheckInSummary } from '../checkin/checkin.service.js';
import { readDashboard as readTrackerDashboard } from '../commitments/tracker/tracker.service.js';
import { readOverview } from '../delegations/staff/staff.service.js';
import { eventRead } from '../events/operation.service.js';
import { readLiveNow } from '../live/snapshot.service.js';
import { readAdoptionBoard } from '../outcome/adoption.service.js';
import { readWorking } from '../outcome/outcome.service.js';
import { readPublishedProgramme } from '../programme/programme.service.js';
import { countInPersonPlaces } from '../registration/attendees.service.js';
import { loadForm } from '../registration/form.service.js';
import { registrationFigures } from '../registration/list/list.service.js';

interface DashboardRequest {
  db: Db;
  actor: Actor;
  slug: string;
  now?: Date;
}

/** The calendar day of an instant in a time zone, as YYYY-MM-DD (the figures' day keys). */
export function dayIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Each module's dated deadline, read through its own service; only those still ahead. */
async function deadlinesAhead(request: DashboardRequest, eventId: string, now: Date) {
  const [form, overview, working, board, tracker] = await Promise.all([
    loadForm(request.db, eventId),
    readOverview(request),
    readWorking(request),
    readAdoptionBoard(request),
    readTrackerDashboard({ ...request, now }),
  ]);
  const isAdopting = working.stage === 'adoption';
  const candidates: { kind: DeadlineKind; at: string | null }[] = [
    { kind: 'registration_opens', at: form.opensAt },
    { kind: 'registration_closes', at: form.closesAt },
    { kind: 'statements', at: overview.settings.statementDeadline },
    { kind: 'amendments', at: working.stage === 'adopted' ? null : working.amendmentDeadline },
    { kind: 'adoption', at: isAdopting ? board.deadline : null },
    { kind: 'commitment_reports', at: tracker.currentDue },
  ];
  return candidates
    .flatMap(({ kind, at }) => (at !== null && Date.parse(at) > now.getTime() ? [{ kind, at }] : []))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

async function liveSessionsNow(request: DashboardRequest) {
  const programme = await readPublishedProgramme(request);
  const live = await readLiveNow(request, { ...request, sessions: programme.sessions });
  const isLive = new Set(live.now);
  return programme.sessions.filter((s) => isLive.has(s.id)).map((s) => ({ id: s.id, title: s.title }));
}

/** Staff: the event's figures of the day, each composed from the module that owns it. */
export async function readEventDashboard(request: DashboardRequest): Promise<EventDashboard> {
  const event = await eventRead({ ...request, may: DASHBOARD_POLICY.read });
  const now = request.now ?? new Date();
  const [figures, checkIns, places, deadlines, mailsFailing, liveNow] = await Promise.all([
    registrationFigures(request),
    getCheckInSummary(request),
    countInPersonPlaces(request.db, event.id),
    deadlinesAhead(request, event.id, now),
    countFailingMails(request.db, event.id),
    liveSessionsNow(request),
  ]);
  const today = dayIn(now, event.timeZone);
  const taken = checkIns.expected;
  return {
    timeZone: event.timeZone,
    pendingAccreditations: figures.byStatus.find((c) => c.key === 'pending')?.count ?? 0,
    registrationsToday: figures.byDay.find((c) => c.key === today)?.count ?? 0,
    places: { total: places, taken, left: Math.max(0, places - taken) },
    checkIns,
    deadlines,
    mailsFailing,
    liveNow,
  };
}
