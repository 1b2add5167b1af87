import type { Attendance } from '../../../shared/live.js';
import { LIVE_POLICY } from '../../../shared/policies.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { type EventRecord, eventRead } from '../events/operation.service.js';
import { findCheckedInRegistrations, markFollowedOnline } from '../registration/attendees.service.js';
import * as repo from './attendance.repo.js';
import { findAsker } from './live.service.js';

/** A signed-in registrant opening a session's stream is recorded as following it online (the anonymous are counted, not named). */
export async function recordViewer(db: Queryable, actor: Actor, event: EventRecord, sessionId: string) {
  if (!actor.accountId && !actor.registration) return;
  const registration = await findAsker(db, event, actor);
  if (!registration) return;
  await repo.recordViewer(db, { sessionId, eventId: event.id, registrationId: registration.id });
  if (!registration.followedOnlineAt) await markFollowedOnline(db, registration.id);
}

export const reportPresence = repo.reportPresence;
export const ensureLiveSession = repo.ensureLiveSession;

/** Staff: each session's viewers now, its peak and its online registrants; the event's venue and online attendance merged. */
export async function readAttendance(
  db: Db,
  options: { actor: Actor; slug: string; sessionIds: string[] },
): Promise<Attendance> {
  const event = await eventRead({ db, actor: options.actor, slug: options.slug, may: LIVE_POLICY.readAttendance });
  const [{ now, peaks, online }, onlineIds, venueIds] = await Promise.all([
    repo.listSessionAttendance(db, event.id, options.sessionIds),
    repo.listOnlineRegistrations(db, event.id),
    findCheckedInRegistrations(db, event.id),
  ]);
  const byId = <T extends { sessionId: string }>(rows: T[]) => new Map(rows.map((row) => [row.sessionId, row]));
  const [nowBy, peakBy, onlineBy] = [byId(now), byId(peaks), byId(online)];
  const venue = new Set(venueIds);
  const both = onlineIds.filter((id) => venue.has(id)).length;
  return {
    sessions: options.sessionIds.map((sessionId) => ({
      sessionId,
      now: nowBy.get(sessionId)?.viewers ?? 0,
      peak: Math.max(peakBy.get(sessionId)?.peak ?? 0, nowBy.get(sessionId)?.viewers ?? 0),
      online: onlineBy.get(sessionId)?.registrants ?? 0,
    })),
    event: { online: onlineIds.length, inPerson: venue.size, both, attended: onlineIds.length + venue.size - both },
  };
}
