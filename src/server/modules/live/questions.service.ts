import {
  type AskQuestionInput,
  LIVE_EVENTS,
  type ModerationAction,
  QUESTIONS_PER_MINUTE,
  type QuestionStatus,
} from '../../../shared/live.js';
import { LIVE_POLICY } from '../../../shared/policies.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Queryable } from '../../core/db/db.js';
import { AppError, notFound } from '../../core/errors.js';
import { eventOperation, eventRead } from '../events/operation.service.js';
import * as repo from './live.repo.js';
import {
  announce,
  type LiveDeps,
  type LiveScope,
  liveOperation,
  liveStatus,
  requireAsker,
  requireModerator,
} from './live.service.js';
import { askerNames, isPublic, questionView } from './live.view.js';

/** Sends a question as it now stands: to the moderators always, to the public while it is shown to them. */
async function sendQuestion(scope: LiveScope, row: repo.QuestionRow, wasPublic: boolean) {
  const names = await askerNames(scope.tx, [row]);
  scope.send('moderation', LIVE_EVENTS.question, questionView(row, names, 'moderation'));
  if (isPublic(row)) scope.send('public', LIVE_EVENTS.question, questionView(row, names, 'public'));
  else if (wasPublic) scope.send('public', LIVE_EVENTS.questionRemoved, { id: row.id });
}

export async function askQuestion(
  deps: LiveDeps,
  options: { actor: Actor; slug: string; sessionId: string; input: AskQuestionInput },
) {
  const { actor, input } = options;
  return liveOperation(deps, { ...options, may: LIVE_POLICY.ask }, async (scope) => {
    const registration = await requireAsker(scope.tx, scope.event, actor);
    if (!scope.live.questionsOpen || liveStatus(scope.session, scope.live.override) === 'ended')
      throw new AppError('live.questions_closed');
    const since = new Date(Date.now() - 60_000);
    if ((await repo.countQuestionsSince(scope.tx, registration.id, since)) >= QUESTIONS_PER_MINUTE)
      throw new AppError('question.too_many');
    const row = await repo.insertQuestion(scope.tx, {
      eventId: scope.event.id,
      sessionId: scope.session.id,
      registrationId: registration.id,
      text: input.text,
      anonymous: input.anonymous,
      status: scope.live.moderation ? 'pending' : 'approved',
    });
    await sendQuestion(scope, row, false);
    await scope.audit({
      action: 'question.asked',
      entityType: 'question',
      entityId: row.id,
      actorId: actor.accountId ?? registration.accountId,
      summary: { sessionId: scope.session.id, anonymous: row.anonymous, status: row.status },
    });
    return { id: row.id, status: row.status };
  });
}

/** A vote for a shown, unanswered question, once per registrant; withdrawn with `isAdding` false. */
export async function setVote(
  deps: LiveDeps,
  options: { actor: Actor; slug: string; questionId: string; isAdding: boolean },
) {
  const { actor, questionId, isAdding } = options;
  const question = await eventOperation(
    { db: deps.db, actor, slug: options.slug, may: LIVE_POLICY.vote },
    async ({ tx, event, audit }) => {
      const row = await repo.findQuestion(tx, event.id, questionId);
      if (!row) throw notFound('question');
      const registration = await requireAsker(tx, event, actor);
      if (isAdding) {
        if (row.status !== 'approved') throw new AppError('question.not_votable');
        if (!(await repo.addVote(tx, row.id, registration.id))) throw new AppError('question.already_voted');
      } else if (!(await repo.removeVote(tx, row.id, registration.id))) {
        return row;
      }
      await audit({
        action: isAdding ? 'question.voted' : 'question.vote_withdrawn',
        entityType: 'question',
        entityId: row.id,
        actorId: actor.accountId ?? registration.accountId,
      });
      return (await repo.findQuestion(tx, event.id, row.id)) ?? row;
    },
  );
  await announce(deps.bus, question.sessionId, [{ votes: true }]);
  return { id: question.id, votes: question.votes };
}

/** Which statuses each action moves a question from, and to. */
const TRANSITIONS: Partial<Record<ModerationAction, { from: QuestionStatus[]; to: QuestionStatus }>> = {
  approve: { from: ['pending', 'rejected'], to: 'approved' },
  reject: { from: ['pending', 'approved'], to: 'rejected' },
  answer: { from: ['approved'], to: 'answered' },
};

export async function moderateQuestion(
  deps: LiveDeps,
  options: { actor: Actor; slug: string; questionId: string; action: ModerationAction },
) {
  const { actor, slug, questionId, action } = options;
  const event = await eventRead({ db: deps.db, actor, slug, may: LIVE_POLICY.moderate });
  const found = await repo.findQuestion(deps.db, event.id, questionId);
  if (!found) throw notFound('question');
  return liveOperation(deps, { actor, slug, sessionId: found.sessionId, may: LIVE_POLICY.moderate }, async (scope) => {
    await requireModerator(scope.tx, actor, scope.event.id, scope.session);
    const row = await repo.findQuestion(scope.tx, scope.event.id, questionId, true);
    if (!row) throw notFound('question');
    const transition = TRANSITIONS[action];
    let result = row;
    if (transition) {
      if (!transition.from.includes(row.status)) throw new AppError('question.wrong_state');
      result = await repo.updateQuestion(scope.tx, row.id, {
        status: transition.to,
        moderatedBy: actor.accountId,
        answeredAt: transition.to === 'answered' ? new Date() : row.answeredAt,
      });
      await sendQuestion(scope, result, isPublic(row));
    }
    const isOnScreen = scope.live.onScreen === row.id;
    const screen =
      action === 'show'
        ? row.id
        : action === 'hide' || ((action === 'reject' || action === 'answer') && isOnScreen)
          ? null
          : undefined;
    if (action === 'show' && !isPublic(row)) throw new AppError('question.wrong_state');
    if (action === 'hide' && !isOnScreen) throw new AppError('question.wrong_state');
    if (screen !== undefined) {
      await repo.updateLiveSession(scope.tx, scope.session.id, { onScreen: screen });
      scope.sendBoth(LIVE_EVENTS.screen, { questionId: screen });
    }
    await scope.audit({
      action: `question.${action}`,
      entityType: 'question',
      entityId: row.id,
      summary: { sessionId: scope.session.id, from: row.status, to: result.status },
    });
    return { id: result.id, status: result.status, onScreen: screen === undefined ? scope.live.onScreen : screen };
  });
}

/** Erasure (the registration module's): the askers' questions stay, with no name to them anywhere. */
export const eraseAskers = (tx: Queryable, registrationIds: string[]) => repo.anonymizeAskers(tx, registrationIds);
