import type { Access } from '../../../../shared/access.js';
import type { DelegationWorkspace, SubmitStatementInput } from '../../../../shared/delegations.js';
import { DELEGATION_POLICY } from '../../../../shared/policies.js';
import { type Actor, requireSignedIn } from '../../../core/auth/actor.js';
import type { Db, Queryable } from '../../../core/db/db.js';
import { AppError, notFound } from '../../../core/errors.js';
import { listStatementThemes } from '../../events/events.service.js';
import { type EventRecord, type EventScope, eventOperation, eventRead } from '../../events/operation.service.js';
import { listDelegateCandidates } from '../../registration/candidates.service.js';
import * as repo from '../delegations.repo.js';
import { isPastDeadline, loadBook, presentDelegation } from '../delegations.view.js';

/** One delegation's workspace, as its route names it. */
export interface WorkspaceRequest {
  db: Db;
  actor: Actor;
  slug: string;
  delegationId: string;
}

async function findDelegationOf(db: Queryable, eventId: string, delegationId: string, isLocked: boolean) {
  const delegation = await repo.findDelegation(db, eventId, delegationId, isLocked);
  if (!delegation) throw notFound('delegation');
  return delegation;
}

/**
 * A write to one delegation, by the event's staff or this delegation's focal point (the
 * policy's focal-point rule: a focal point of another one gets 403): the delegation locked.
 */
export function workspaceOperation<T>(
  request: WorkspaceRequest,
  may: Access,
  work: (scope: EventScope & { delegation: repo.DelegationRow }) => Promise<T>,
): Promise<T> {
  const { db, actor, slug, delegationId } = request;
  return eventOperation({ db, actor, slug, may, params: { id: delegationId } }, async (scope) =>
    work({ ...scope, delegation: await findDelegationOf(scope.tx, scope.event.id, delegationId, true) }),
  );
}

/** The delegation in full, with the delegate registrations of its country that no delegation endorsed. */
export async function workspaceOf(
  db: Queryable,
  event: EventRecord,
  delegation: repo.DelegationRow,
): Promise<DelegationWorkspace> {
  const book = await loadBook(db, event.id);
  const entry = book.ordered.find((e) => e.row.id === delegation.id);
  if (!entry) throw notFound('delegation');
  const candidates = await listDelegateCandidates(db, event.id, entry.row);
  const members = await repo.listMemberRegistrationIds(
    db,
    candidates.map((c) => c.registrationId),
  );
  return {
    delegation: presentDelegation(book, entry),
    settings: book.settings,
    themes: book.themes,
    isLocked: isPastDeadline(book),
    candidates: candidates.filter((c) => !members.has(c.registrationId)),
  };
}

/** Signed in: the delegation the person is focal point of, in this event. */
export async function findMyDelegation({ db, actor, slug }: { db: Db; actor: Actor; slug: string }) {
  requireSignedIn(actor);
  const event = await eventRead({ db, actor, slug, may: DELEGATION_POLICY.findMine });
  // The session's actor carries each role with its delegation: no second read of the roles.
  const delegationId = actor.roles.find((r) => r.eventId === event.id && r.role === 'focal_point')?.delegationId;
  if (!delegationId)
    throw new AppError('delegation.not_focal_point', 'You are not the focal point of a delegation of this event.');
  return { delegationId };
}

export async function readWorkspace(request: WorkspaceRequest) {
  const { db, actor, slug, delegationId } = request;
  const may = DELEGATION_POLICY.readWorkspace;
  const event = await eventRead({ db, actor, slug, may, params: { id: delegationId } });
  return workspaceOf(db, event, await findDelegationOf(db, event.id, delegationId, false));
}

const statementLocked = () =>
  new AppError(
    'delegation.statement_locked',
    'The deadline for statements has passed: the statement and theme no longer change.',
  );

async function requireOpen(tx: Queryable, eventId: string) {
  const settings = await repo.lockSettings(tx, eventId);
  if (isPastDeadline({ deadline: settings.statementDeadline })) throw statementLocked();
  return settings;
}

/** The statement's theme, within the theme's quota (counting the other delegations), before the deadline. */
export async function chooseTheme(options: WorkspaceRequest & { themeId: string }) {
  const { themeId } = options;
  return workspaceOperation(options, DELEGATION_POLICY.chooseTheme, async ({ tx, event, delegation, audit }) => {
    const settings = await requireOpen(tx, event.id);
    const themes = await listStatementThemes(tx, event.id);
    if (!themes.some((t) => t.id === themeId)) {
      throw new AppError('delegation.theme_unknown', "This is not one of the event's themes.", [
        { field: 'themeId', code: 'field.not_found', message: "is not one of the event's themes" },
      ]);
    }
    const quota = settings.themeQuotas[themeId];
    if (quota !== undefined && delegation.themeId !== themeId) {
      const taken = await repo.countThemeTakers(tx, event.id, themeId, delegation.id);
      if (taken >= quota) {
        throw new AppError(
          'delegation.theme_full',
          'This theme has as many delegations as it may take; choose another.',
          [{ field: 'themeId', code: 'field.full', message: `is full (${quota} delegations)` }],
        );
      }
    }
    const row = await repo.updateDelegation(tx, delegation.id, { themeId, themeChosenAt: new Date() });
    await audit({
      action: 'delegation.theme_chosen',
      entityType: 'delegation',
      entityId: delegation.id,
      summary: { from: delegation.themeId, themeId },
    });
    return workspaceOf(tx, event, row);
  });
}

export async function submitStatement(options: WorkspaceRequest & { input: SubmitStatementInput }) {
  const { input } = options;
  return workspaceOperation(options, DELEGATION_POLICY.submitStatement, async ({ tx, event, delegation, audit }) => {
    await requireOpen(tx, event.id);
    const statement = Object.fromEntries(Object.entries(input.statement).filter(([, text]) => Boolean(text)));
    const row = await repo.updateDelegation(tx, delegation.id, {
      statement,
      statementVideoUrl: input.videoUrl ?? null,
      statementSubmittedAt: new Date(),
    });
    await audit({
      action: 'delegation.statement_submitted',
      entityType: 'delegation',
      entityId: delegation.id,
      summary: { languages: Object.keys(statement), hasVideo: Boolean(input.videoUrl) },
    });
    return workspaceOf(tx, event, row);
  });
}
