import {
  AUTHORITATIVE_LANGUAGE,
  type DecideAmendmentInput,
  type Paragraph,
  type Position,
  type ProposeAmendmentInput,
} from '../../../shared/outcome.js';
import { OUTCOME_POLICY } from '../../../shared/policies.js';
import { mergeWords } from '../../../shared/wordDiff.js';
import { AppError, forbidden, invalidField, notFound } from '../../core/errors.js';
import { delegationsSpokenFor, findEventDelegation } from '../delegations/voices.service.js';
import type { EventScope } from '../events/operation.service.js';
import * as repo from './outcome.repo.js';
import { contentAt, type OutcomeRequest, outcomeOperation, requireStage } from './outcome.service.js';
import { applyChange, findParagraph } from './outcome.text.js';

type DelegationRequest = OutcomeRequest & { delegationId: string };
type Access = (typeof OUTCOME_POLICY)[keyof typeof OUTCOME_POLICY];

/**
 * A write for a delegation: the delegation (and the amendment, when one is named) found, then the
 * caller's voice for the delegation checked (focal point or head), so an unknown one is a 404 to all.
 */
export function delegationOperation<T>(
  request: DelegationRequest & { amendmentId?: string },
  may: Access,
  work: (
    scope: EventScope & { doc: repo.DocumentRow },
    amendment: repo.AmendmentRow | undefined,
    delegation: Awaited<ReturnType<typeof findEventDelegation>>,
  ) => Promise<T>,
) {
  return outcomeOperation({ ...request, may, params: { id: request.delegationId } }, async (scope) => {
    const delegation = await findEventDelegation(scope.tx, scope.event.id, request.delegationId);
    const amendment = request.amendmentId ? await findAmendment(scope, request.amendmentId) : undefined;
    const voices = await delegationsSpokenFor(scope.tx, scope.actor, scope.event.id);
    if (!voices.has(request.delegationId))
      throw forbidden('Only the focal point or the head of this delegation speaks for it.');
    return work(scope, amendment, delegation);
  });
}

async function findAmendment(scope: EventScope, id: string) {
  const row = await repo.findAmendment(scope.tx, scope.event.id, id, true);
  if (!row) throw notFound('amendment');
  return row;
}

function requireOpen(row: repo.AmendmentRow) {
  if (row.status !== 'proposed') throw new AppError('amendment.wrong_state', `The amendment is ${row.status}.`);
  return row;
}

/** A delegation proposes a change to one paragraph of the current version, before the deadline. */
export function proposeAmendment(request: DelegationRequest & { input: ProposeAmendmentInput }) {
  const { input, delegationId } = request;
  return delegationOperation(request, OUTCOME_POLICY.propose, async (scope) => {
    const { tx, event, doc, actor, audit } = scope;
    requireStage(doc, ['amendments']);
    if (doc.amendmentDeadline && doc.amendmentDeadline.getTime() <= Date.now())
      throw new AppError('outcome.deadline_passed', `Amendments closed at ${doc.amendmentDeadline.toISOString()}.`);
    const paragraph = findParagraph(await contentAt(tx, event, doc.version), input.paragraphId);
    if (!paragraph) throw invalidField('paragraphId', 'field.not_found', 'no such paragraph in the current version');
    const row = await repo.insertAmendment(tx, {
      eventId: event.id,
      delegationId,
      paragraphId: input.paragraphId,
      kind: input.kind,
      text: input.text ?? null,
      justification: input.justification,
      againstVersion: doc.version,
      againstText: paragraph.text[AUTHORITATIVE_LANGUAGE] ?? null,
      proposedBy: actor.accountId,
    });
    await audit({
      action: 'amendment.proposed',
      entityType: 'amendment',
      entityId: row.id,
      summary: { delegationId, paragraphId: input.paragraphId, kind: input.kind, version: doc.version },
    });
    return { id: row.id, againstVersion: row.againstVersion, status: row.status };
  });
}

/** The proposing delegation takes its amendment back before the chair decides; it stays on the record. */
export function withdrawAmendment(request: DelegationRequest & { amendmentId: string }) {
  return delegationOperation(request, OUTCOME_POLICY.withdraw, async (scope, amendment) => {
    const row = amendment as repo.AmendmentRow;
    if (row.delegationId !== request.delegationId) throw notFound('amendment');
    requireOpen(row);
    // Before the chair's decision, while the text is negotiated; not once it is before the delegations for adoption.
    requireStage(scope.doc, ['amendments', 'negotiation']);
    await repo.updateAmendment(scope.tx, row.id, { status: 'withdrawn' });
    await scope.audit({ action: 'amendment.withdrawn', entityType: 'amendment', entityId: row.id });
    return { id: row.id, status: 'withdrawn' as const };
  });
}

/** Another delegation supports or objects, once, and may change its mind while the amendment is open. */
export function takePosition(request: DelegationRequest & { amendmentId: string; position: Position }) {
  const { delegationId, position } = request;
  return delegationOperation(request, OUTCOME_POLICY.takePosition, async (scope, amendment) => {
    requireStage(scope.doc, ['amendments', 'negotiation']);
    const row = requireOpen(amendment as repo.AmendmentRow);
    if (row.delegationId === delegationId)
      throw new AppError(
        'amendment.own_delegation',
        'The proposing delegation supports its amendment by proposing it.',
      );
    await repo.upsertPosition(scope.tx, {
      amendmentId: row.id,
      delegationId,
      position,
      givenBy: scope.actor.accountId,
    });
    await scope.audit({
      action: `amendment.${position}`,
      entityType: 'amendment',
      entityId: row.id,
      summary: { delegationId },
    });
    return { id: row.id, delegationId, position };
  });
}

/**
 * The text an accepted replacement gives the paragraph today: drafted against an older version
 * of a paragraph that has changed since, its changes are merged word by word into today's
 * text; where they touch the same words as a change since, nothing is guessed: 409
 * amendment.collision, and the chair writes the paragraph (accept with changes).
 */
function mergedText(row: repo.AmendmentRow, now: Paragraph) {
  const current = now.text[AUTHORITATIVE_LANGUAGE] ?? '';
  if (row.kind !== 'replace' || row.text === null) return row.text;
  const base = row.againstText;
  if (base === null || base === current) return row.text;
  const merge = mergeWords(base, row.text, current);
  if (merge.kind === 'merged') return merge.text;
  const where = merge.collisions.map((c) => `"${c.base}" -> "${c.ours}" / "${c.theirs}"`).join('; ');
  throw new AppError('amendment.collision', `The amendment and the text since change the same words: ${where}`);
}

/**
 * The chair accepts (as proposed or with changes) or rejects, with a reason. An acceptance makes
 * the next version. Against the version the chair read: if the paragraph changed since, the
 * decision is refused with 409 naming it, so two decisions on one paragraph never overwrite each other.
 */
export function decideAmendment(request: OutcomeRequest & { amendmentId: string; input: DecideAmendmentInput }) {
  const { input } = request;
  return outcomeOperation({ ...request, may: OUTCOME_POLICY.decide }, async (scope) => {
    const { tx, event, doc, actor, audit } = scope;
    requireStage(doc, ['amendments', 'negotiation']);
    const row = requireOpen(await findAmendment(scope, request.amendmentId));
    const current = await contentAt(tx, event, doc.version);
    const base = input.baseVersion <= doc.version ? await repo.findVersion(tx, event.id, input.baseVersion) : undefined;
    const [before, now] = [
      base && findParagraph(base.content, row.paragraphId),
      findParagraph(current, row.paragraphId),
    ];
    if (!base || JSON.stringify(before) !== JSON.stringify(now))
      throw invalidField(
        'paragraphId',
        'field.mismatch',
        `paragraph ${row.paragraphId} changed since version ${input.baseVersion}`,
        'outcome.version_conflict',
      );
    const decidedAt = new Date();
    const decision = { decisionReason: input.reason, decidedBy: actor.accountId, decidedAt };
    if (input.decision === 'reject') {
      await repo.updateAmendment(tx, row.id, { ...decision, status: 'rejected' });
      await audit({ action: 'amendment.rejected', entityType: 'amendment', entityId: row.id });
      return { id: row.id, status: 'rejected' as const, version: doc.version };
    }
    if (!now) throw invalidField('paragraphId', 'field.not_found', 'the paragraph is no longer in the text');
    const isModified = input.decision === 'accept_modified';
    const kind = isModified && row.kind === 'delete' ? 'replace' : row.kind;
    const text = isModified ? (input.text ?? null) : mergedText(row, now);
    const number = doc.version + 1;
    const status = isModified ? ('merged' as const) : ('accepted' as const);
    await repo.insertVersion(tx, {
      eventId: event.id,
      number,
      message: `Amendment ${isModified ? 'taken in with changes' : 'taken in'}: ${input.reason}`.slice(0, 500),
      content: applyChange(current, { kind, paragraphId: row.paragraphId, text }),
      amendmentIds: [row.id],
      madeBy: actor.accountId,
    });
    await repo.updateDocument(tx, event.id, { version: number });
    await repo.updateAmendment(tx, row.id, {
      ...decision,
      status,
      decidedText: isModified ? text : null,
      decidedVersion: number,
    });
    await audit({
      action: `amendment.${status}`,
      entityType: 'amendment',
      entityId: row.id,
      summary: { version: number },
    });
    return { id: row.id, status, version: number };
  });
}
