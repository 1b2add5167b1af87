import { LIVE_EVENTS, type LiveChannel, type LiveSettingsPatch, type LiveSnapshot } from '../../../shared/live.js';
import { LIVE_POLICY } from '../../../shared/policies.js';
import type { Actor } from '../../core/auth/actor.js';
import { forbidden } from '../../core/errors.js';
import { eventRead } from '../events/operation.service.js';
import * as repo from './live.repo.js';
import {
  findAsker,
  type LiveDeps,
  type LiveSession,
  liveOperation,
  liveStatus,
  mayModerate,
  requireModerator,
} from './live.service.js';
import { askerNames, PUBLIC_STATUSES, questionView } from './live.view.js';
import { findPollVote } from './polls/polls.repo.js';
import { currentPoll } from './polls/polls.service.js';

const DEFAULTS = {
  moderation: true,
  questionsOpen: true,
  override: null,
  onScreen: null,
  publicSeq: 0,
  moderationSeq: 0,
};

function settingsOf(
  session: LiveSession,
  live: Pick<repo.LiveSessionRow, 'moderation' | 'questionsOpen' | 'override'>,
) {
  const { moderation, questionsOpen, override } = live;
  return { moderation, questionsOpen, override, status: liveStatus(session, override) };
}

type ViewOptions = { actor: Actor; slug: string; sessionId: string; channel: LiveChannel };

/** The event and the published session of a view; a moderator's view (`moderation`) for the session's moderators only. */
export async function authorizeView(deps: LiveDeps, { actor, slug, sessionId, channel }: ViewOptions) {
  const event = await eventRead({ db: deps.db, actor, slug, may: LIVE_POLICY.follow });
  const session = await deps.findSession(slug, sessionId);
  const isModerator = await mayModerate(deps.db, actor, event.id, session);
  if (channel === 'moderation' && !isModerator) throw forbidden('Only the moderators of this session may see this.');
  return { event, session, isModerator };
}

/**
 * A session's live view for the caller: the public's, or with `channel: 'moderation'` a
 * moderator's (403 for anyone else). Its `seq` is read before its content, so a message
 * the view already reflects may follow on the stream: each message states a whole question,
 * so applying it twice changes nothing.
 */
export async function readSnapshot(deps: LiveDeps, options: ViewOptions): Promise<LiveSnapshot> {
  const { db } = deps;
  const { actor, channel } = options;
  const { event, session, isModerator } = await authorizeView(deps, options);
  const live = (await repo.findLiveSession(db, session.id)) ?? DEFAULTS;
  const asker = await findAsker(db, event, actor);
  const rows = await repo.listQuestions(db, session.id, channel === 'public' ? PUBLIC_STATUSES : undefined);
  const own = asker ? await repo.listOwnQuestions(db, session.id, asker.id) : [];
  const names = await askerNames(db, [...rows, ...own]);
  const settings = settingsOf(session, live);
  const poll = await currentPoll(db, session.id, channel);
  return {
    sessionId: session.id,
    channel,
    seq: channel === 'public' ? live.publicSeq : live.moderationSeq,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    settings,
    questions: rows.map((row) => questionView(row, names, channel)),
    onScreen: live.onScreen,
    poll: poll?.view ?? null,
    pollVote: poll && asker ? await findPollVote(db, poll.row.id, asker.id) : [],
    mine: own.map((row) => questionView(row, names, 'moderation')),
    voted: asker ? await repo.listVoted(db, session.id, asker.id) : [],
    mayAsk: asker !== undefined && settings.questionsOpen && settings.status !== 'ended',
    mayVote: asker !== undefined,
    mayModerate: isModerator,
  };
}

/** Moderators: questions open or closed, moderation on or off, the clock overridden (started early, ended). */
export async function updateLiveSettings(
  deps: LiveDeps,
  options: { actor: Actor; slug: string; sessionId: string; patch: LiveSettingsPatch },
) {
  const { actor, patch } = options;
  return liveOperation(deps, { ...options, may: LIVE_POLICY.moderate }, async (scope) => {
    await requireModerator(scope.tx, actor, scope.event.id, scope.session);
    await repo.updateLiveSession(scope.tx, scope.session.id, patch);
    const settings = settingsOf(scope.session, { ...scope.live, ...patch });
    scope.sendBoth(LIVE_EVENTS.settings, settings);
    await scope.audit({
      action: 'live.settings_changed',
      entityType: 'session',
      entityId: scope.session.id,
      summary: { ...patch },
    });
    return settings;
  });
}

/** The sessions live now (by the clock, or started by their moderators) and the ones that start next. */
export async function readLiveNow(
  deps: Pick<LiveDeps, 'db'>,
  options: { actor: Actor; slug: string; sessions: LiveSession[] },
) {
  const event = await eventRead({ db: deps.db, actor: options.actor, slug: options.slug, may: LIVE_POLICY.follow });
  const overrides = new Map((await repo.listOverrides(deps.db, event.id)).map((row) => [row.sessionId, row.override]));
  const now = new Date();
  const statusOf = (session: LiveSession) => liveStatus(session, overrides.get(session.id) ?? null, now);
  const upcoming = options.sessions.filter((s) => statusOf(s) === 'upcoming');
  const soonest = upcoming.reduce<string | null>(
    (min, s) => (min === null || s.startsAt < min ? s.startsAt : min),
    null,
  );
  return {
    now: options.sessions.filter((s) => statusOf(s) === 'live').map((s) => s.id),
    next: upcoming.filter((s) => s.startsAt === soonest).map((s) => s.id),
  };
}
