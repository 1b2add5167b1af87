import type { Access } from '../../../shared/access.js';
import type { LiveChannel, LiveStatus } from '../../../shared/live.js';
import { MODERATOR_ROLES } from '../../../shared/policies.js';
import type { PublishedProgramme } from '../../../shared/programme.js';
import { type Actor, hasEventRole } from '../../core/auth/actor.js';
import type { Bus } from '../../core/bus/bus.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { type EventRecord, type EventScope, eventOperation } from '../events/operation.service.js';
import { createPublishedCache } from '../programme/published.service.js';
import { findSpeakerAccountId } from '../programme/speakers.service.js';
import { findOwnRegistration } from '../registration/self.service.js';
import * as repo from './live.repo.js';

export type LiveSession = PublishedProgramme['sessions'][number];

/** The published sessions of an event, in order and by id, from the node's cache of the published programme. */
export function createSessionLookup(app: TypedApp, ctx: AppContext) {
  const cache = createPublishedCache(app, ctx);
  const sessionsOf = async (slug: string) =>
    (
      await cache.get(slug, 'live-sessions', (programme) => ({
        list: programme.sessions,
        byId: new Map(programme.sessions.map((session) => [session.id, session])),
      }))
    ).value;
  return {
    findSession: async (slug: string, sessionId: string): Promise<LiveSession> => {
      const session = (await sessionsOf(slug)).byId.get(sessionId);
      if (!session) throw notFound('session');
      return session;
    },
    listSessions: async (slug: string) => (await sessionsOf(slug)).list,
  };
}

export interface LiveDeps {
  db: Db;
  bus: Bus;
  findSession: (slug: string, sessionId: string) => Promise<LiveSession>;
}

/** The bus channel of one session: `{ channel, seq }` (a log reached seq), or that the votes or a poll's results changed. */
export const liveBusChannel = (sessionId: string) => `live:${sessionId}`;
export type LiveNotice = { channel: LiveChannel; seq: number } | { votes: true } | { poll: string; isPublic: boolean };

/** What the programme's clock and the moderators' override make of the session now. */
export function liveStatus(
  session: Pick<LiveSession, 'startsAt' | 'endsAt'>,
  override: string | null,
  now = new Date(),
): LiveStatus {
  if (override === 'ended') return 'ended';
  if (override === 'live') return 'live';
  if (now < new Date(session.startsAt)) return 'upcoming';
  return now < new Date(session.endsAt) ? 'live' : 'ended';
}

/** The event's moderators and staff moderate every session; a speaker only the session they are named moderator of. */
export async function mayModerate(db: Queryable, actor: Actor, eventId: string, session: LiveSession) {
  const roles = MODERATOR_ROLES.filter((role) => role !== 'speaker');
  if (hasEventRole(actor, eventId, roles)) return true;
  if (!actor.accountId || !session.moderatorId || !hasEventRole(actor, eventId, ['speaker'])) return false;
  return (await findSpeakerAccountId(db, eventId, session.moderatorId)) === actor.accountId;
}

/** The caller's confirmed registration for the event: who may ask and vote. */
export async function findAsker(tx: Queryable, event: EventRecord, actor: Actor) {
  const registration = await findOwnRegistration(tx, event.id, actor).catch(() => undefined);
  return registration && registration.status === 'confirmed' && !registration.erasedAt ? registration : undefined;
}

export async function requireAsker(tx: Queryable, event: EventRecord, actor: Actor) {
  const registration = await findAsker(tx, event, actor);
  if (!registration) throw new AppError('live.not_registrant');
  return registration;
}

/** 403 unless the caller moderates the session. */
export async function requireModerator(db: Queryable, actor: Actor, eventId: string, session: LiveSession) {
  if (!(await mayModerate(db, actor, eventId, session)))
    throw forbidden('Only the moderators of this session may do this.');
}

export interface LiveScope extends EventScope {
  session: LiveSession;
  live: repo.LiveSessionRow;
  /** Appends a message to a log; it is written with the transaction and announced after the commit. */
  send: (channel: LiveChannel, event: string, body: unknown) => void;
  /** Both logs: what the public sees, the moderators see too. */
  sendBoth: (event: string, body: unknown) => void;
}

/**
 * One write to a live session: the published session found, the event's access checked, the
 * session's live row locked (it orders the logs), the messages appended, and after the commit
 * each log's new sequence told to every node.
 */
export async function liveOperation<T>(
  deps: LiveDeps,
  options: { actor: Actor; slug: string; sessionId: string; may: Access | null },
  work: (scope: LiveScope) => Promise<T>,
): Promise<T> {
  const session = await deps.findSession(options.slug, options.sessionId);
  const notices: LiveNotice[] = [];
  const result = await eventOperation({ db: deps.db, ...options }, async (scope) => {
    const live = await repo.lockLiveSession(scope.tx, scope.event.id, session.id);
    const outgoing: Record<LiveChannel, { event: string; data: string }[]> = { public: [], moderation: [] };
    const send = (channel: LiveChannel, event: string, body: unknown) =>
      outgoing[channel].push({ event, data: JSON.stringify(body) });
    const value = await work({
      ...scope,
      session,
      live,
      send,
      sendBoth: (event, body) => {
        send('public', event, body);
        send('moderation', event, body);
      },
    });
    for (const channel of ['public', 'moderation'] as const) {
      if (outgoing[channel].length === 0) continue;
      notices.push({ channel, seq: await repo.appendMessages(scope.tx, session.id, channel, outgoing[channel]) });
    }
    return value;
  });
  await announce(deps.bus, session.id, notices);
  return result;
}

export async function announce(bus: Bus, sessionId: string, notices: LiveNotice[]) {
  for (const notice of notices) await bus.publish(liveBusChannel(sessionId), JSON.stringify(notice));
}
