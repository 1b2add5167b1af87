import { randomUUID } from 'node:crypto';
import { LIVE_EVENTS, type LiveChannel } from '../../../../shared/live.js';
import { LIVE_POLICY } from '../../../../shared/policies.js';
import type { PollInput, PollView } from '../../../../shared/polls.js';
import type { Actor } from '../../../core/auth/actor.js';
import { spreadsheetCsv } from '../../../core/csv.js';
import type { Queryable } from '../../../core/db/db.js';
import { AppError, invalidField, notFound } from '../../../core/errors.js';
import { eventOperation, eventRead } from '../../events/operation.service.js';
import {
  announce,
  type LiveDeps,
  type LiveScope,
  liveOperation,
  requireAsker,
  requireModerator,
} from '../live.service.js';
import * as repo from './polls.repo.js';

type Tally = Awaited<ReturnType<typeof repo.countPollVotes>>;

/** Whether the audience sees the results now: moderators always, the public live or once closed. */
export const isTallyShown = (row: Pick<repo.PollRow, 'results' | 'status'>, audience: LiveChannel) =>
  audience === 'moderation' || row.results === 'live' || row.status === 'closed';

export function pollView(row: repo.PollRow, tally: Tally, audience: LiveChannel): PollView {
  const counts = Object.fromEntries(row.options.map((option) => [option.id, tally.counts[option.id] ?? 0]));
  return {
    id: row.id,
    question: row.question,
    kind: row.kind,
    options: row.options,
    status: row.status,
    results: row.results,
    tally: isTallyShown(row, audience) ? { counts, voters: tally.voters } : null,
    openedAt: row.openedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

/** The session's current poll as the audience sees it, for the snapshot. */
export async function currentPoll(db: Queryable, sessionId: string, audience: LiveChannel) {
  const row = await repo.findCurrentPoll(db, sessionId);
  return row ? { row, view: pollView(row, await repo.countPollVotes(db, row.id), audience) } : null;
}

async function sendPoll(scope: LiveScope, row: repo.PollRow) {
  const tally = await repo.countPollVotes(scope.tx, row.id);
  for (const audience of ['public', 'moderation'] as const)
    scope.send(audience, LIVE_EVENTS.poll, pollView(row, tally, audience));
}

type SessionTarget = { actor: Actor; slug: string; sessionId: string };

/** Moderators: a poll prepared for the session (a draft until they open it). */
export async function createPoll(deps: LiveDeps, options: SessionTarget & { input: PollInput }) {
  const { actor, input } = options;
  return liveOperation(deps, { ...options, may: LIVE_POLICY.moderate }, async ({ tx, event, session, audit }) => {
    await requireModerator(tx, actor, event.id, session);
    const row = await repo.insertPoll(tx, {
      eventId: event.id,
      sessionId: session.id,
      question: input.question,
      kind: input.kind,
      options: input.options.map((option) => ({ id: randomUUID(), text: option.text })),
      results: input.results,
    });
    await audit({ action: 'poll.created', entityType: 'poll', entityId: row.id, summary: { sessionId: session.id } });
    return pollView(row, { counts: {}, voters: 0 }, 'moderation');
  });
}

/** Moderators: every poll of the session, drafts included, with results. */
export async function listPolls(deps: LiveDeps, { actor, slug, sessionId }: SessionTarget) {
  const event = await eventRead({ db: deps.db, actor, slug, may: LIVE_POLICY.moderate });
  const session = await deps.findSession(slug, sessionId);
  await requireModerator(deps.db, actor, event.id, session);
  const rows = await repo.listPolls(deps.db, session.id);
  const views = [];
  for (const row of rows) views.push(pollView(row, await repo.countPollVotes(deps.db, row.id), 'moderation'));
  return { polls: views };
}

type PollTarget = { actor: Actor; slug: string; pollId: string };

/** A change to one poll by the session's moderators, in the session's live operation. */
async function onPoll<T>(
  deps: LiveDeps,
  target: PollTarget,
  work: (scope: LiveScope, row: repo.PollRow) => Promise<T>,
) {
  const event = await eventRead({ db: deps.db, actor: target.actor, slug: target.slug, may: LIVE_POLICY.moderate });
  const found = await repo.findPoll(deps.db, event.id, target.pollId);
  if (!found) throw notFound('poll');
  const scope = { actor: target.actor, slug: target.slug, sessionId: found.sessionId, may: LIVE_POLICY.moderate };
  return liveOperation(deps, scope, async (live) => {
    await requireModerator(live.tx, target.actor, live.event.id, live.session);
    const row = await repo.findPoll(live.tx, live.event.id, target.pollId, true);
    if (!row) throw notFound('poll');
    return work(live, row);
  });
}

/** A poll opened (from a draft, one open at a time) or closed (from open), told to both audiences. */
function movePoll(deps: LiveDeps, target: PollTarget, to: 'open' | 'closed') {
  return onPoll(deps, target, async (scope, row) => {
    if (row.status !== (to === 'open' ? 'draft' : 'open')) throw new AppError('poll.wrong_state');
    if (to === 'open' && (await repo.findOpenPoll(scope.tx, row.sessionId))) throw new AppError('poll.another_open');
    const at = new Date();
    const moved = await repo.updatePoll(
      scope.tx,
      row.id,
      to === 'open' ? { status: to, openedAt: at } : { status: to, closedAt: at },
    );
    await sendPoll(scope, moved);
    await scope.audit({ action: `poll.${to === 'open' ? 'opened' : 'closed'}`, entityType: 'poll', entityId: row.id });
    return pollView(moved, await repo.countPollVotes(scope.tx, row.id), 'moderation');
  });
}

export const openPoll = (deps: LiveDeps, target: PollTarget) => movePoll(deps, target, 'open');
export const closePoll = (deps: LiveDeps, target: PollTarget) => movePoll(deps, target, 'closed');

export const deletePoll = (deps: LiveDeps, target: PollTarget) =>
  onPoll(deps, target, async (scope, row) => {
    if (row.status !== 'draft') throw new AppError('poll.wrong_state');
    await repo.deletePoll(scope.tx, row.id);
    await scope.audit({ action: 'poll.deleted', entityType: 'poll', entityId: row.id });
  });

/** A registrant's choice in an open poll: given once, changed as often as they like while it is open. */
export async function votePoll(deps: LiveDeps, options: PollTarget & { optionIds: string[] }) {
  const { actor, slug, pollId, optionIds } = options;
  const poll = await eventOperation(
    { db: deps.db, actor, slug, may: LIVE_POLICY.vote },
    async ({ tx, event, audit }) => {
      const row = await repo.findPoll(tx, event.id, pollId);
      if (!row) throw notFound('poll');
      const registration = await requireAsker(tx, event, actor);
      if (row.status !== 'open') throw new AppError('poll.not_open');
      const known = new Set(row.options.map((option) => option.id));
      const chosen = [...new Set(optionIds)];
      for (const [index, id] of optionIds.entries())
        if (!known.has(id))
          throw invalidField(`optionIds.${index}`, 'field.not_found', 'is not an option of this poll');
      if (row.kind === 'single' && chosen.length !== 1)
        throw invalidField('optionIds', 'field.invalid', 'a single-choice poll takes one option');
      await repo.setPollVote(tx, row.id, registration.id, chosen);
      await audit({
        action: 'poll.voted',
        entityType: 'poll',
        entityId: row.id,
        actorId: actor.accountId ?? registration.accountId,
      });
      return { row, chosen };
    },
  );
  await announce(deps.bus, poll.row.sessionId, [{ poll: poll.row.id, isPublic: isTallyShown(poll.row, 'public') }]);
  return { optionIds: poll.chosen };
}

/** Moderators: a poll's results as CSV (option, votes, share of voters), downloadable while the session runs. */
export async function pollResultsCsv(deps: LiveDeps, target: PollTarget) {
  const event = await eventRead({ db: deps.db, actor: target.actor, slug: target.slug, may: LIVE_POLICY.moderate });
  const row = await repo.findPoll(deps.db, event.id, target.pollId);
  if (!row) throw notFound('poll');
  await requireModerator(deps.db, target.actor, event.id, await deps.findSession(target.slug, row.sessionId));
  const tally = await repo.countPollVotes(deps.db, row.id);
  const rows: (string | number)[][] = [['option', 'option_id', 'votes', 'percent_of_voters']];
  for (const option of row.options) {
    const votes = tally.counts[option.id] ?? 0;
    const percent = tally.voters === 0 ? 0 : Math.round((votes / tally.voters) * 1000) / 10;
    rows.push([option.text.en ?? Object.values(option.text)[0] ?? '', option.id, votes, percent]);
  }
  rows.push(['voters', '', tally.voters, '']);
  return { filename: `poll-${row.id}.csv`, csv: spreadsheetCsv(rows) };
}
