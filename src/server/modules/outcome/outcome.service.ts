import {
  type MoveStageInput,
  OUTCOME_STAGES,
  type OutcomeContent,
  type OutcomeStage,
  type ParagraphState,
  type PublicOutcome,
  type SaveTextInput,
  type WorkingDocument,
} from '../../../shared/outcome.js';
import { OUTCOME_POLICY } from '../../../shared/policies.js';
import { type Actor, ANONYMOUS } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError, invalidField, notFound } from '../../core/errors.js';
import { delegationsSpokenFor, listNamedDelegations } from '../delegations/voices.service.js';
import { describeEvent } from '../events/events.service.js';
import { type EventRecord, type EventScope, eventOperation, eventRead } from '../events/operation.service.js';
import { amendmentViews } from './amendments.view.js';
import { compareVersions } from './outcome.compare.js';
import * as repo from './outcome.repo.js';
import { buildContent, EMPTY_CONTENT, findParagraph, outdatedTranslations } from './outcome.text.js';

export interface OutcomeRequest {
  db: Db;
  actor: Actor;
  slug: string;
}

/** The document's row (as it would be made, before its first write) and its current text. */
export async function currentText(db: Queryable, event: EventRecord) {
  const doc = await repo.findDocument(db, event.id);
  const version = doc?.version ?? 0;
  return {
    stage: doc?.stage ?? 'drafting',
    version,
    amendmentDeadline: doc?.amendmentDeadline ?? null,
    isDraftPublic: doc?.isDraftPublic ?? false,
    states: doc?.states ?? {},
    content: await contentAt(db, event, version),
  };
}

/** The text of a version; version 0, before the first save, is the empty text of the event's focus areas. */
export async function contentAt(db: Queryable, event: EventRecord, version: number): Promise<OutcomeContent> {
  const row = version > 0 ? await repo.findVersion(db, event.id, version) : undefined;
  return row?.content ?? emptyContent(db, event);
}

/** Before the first save: the title and one empty section per focus area. */
async function emptyContent(db: Queryable, event: EventRecord): Promise<OutcomeContent> {
  const { focusAreas } = await describeEvent(db, event);
  const sections = focusAreas.map((area) => ({ focusAreaId: area.id, heading: area.title, paragraphs: [] }));
  return { ...EMPTY_CONTENT, sections };
}

/** A write to the document: the event's operation with the document's row locked; none once adopted (409 outcome.frozen). */
export function outcomeOperation<T>(
  request: OutcomeRequest & {
    may: (typeof OUTCOME_POLICY)[keyof typeof OUTCOME_POLICY];
    params?: Record<string, unknown>;
  },
  work: (scope: EventScope & { doc: repo.DocumentRow }) => Promise<T>,
) {
  return eventOperation(request, async (scope) => {
    const doc = await repo.lockDocument(scope.tx, scope.event.id);
    if (doc.stage === 'adopted') throw new AppError('outcome.frozen', `Adopted at ${doc.adoptedAt?.toISOString()}.`);
    return work({ ...scope, doc });
  });
}

export function requireStage(doc: { stage: OutcomeStage }, stages: readonly OutcomeStage[]) {
  if (!stages.includes(doc.stage))
    throw new AppError('outcome.wrong_stage', `The document is at ${doc.stage}; this needs ${stages.join(' or ')}.`);
}

/** The working text with its amendments, for the chair and the delegations. */
export async function readWorking(request: OutcomeRequest): Promise<WorkingDocument> {
  const event = await eventRead({ ...request, may: OUTCOME_POLICY.readWorking });
  const text = await currentText(request.db, event);
  const [amendments, delegations, voices] = await Promise.all([
    amendmentViews(request.db, event.id, text.content),
    listNamedDelegations(request.db, event.id),
    delegationsSpokenFor(request.db, request.actor, event.id),
  ]);
  return {
    ...text,
    amendmentDeadline: text.amendmentDeadline?.toISOString() ?? null,
    outdated: outdatedTranslations(text.content),
    amendments,
    delegations,
    speaksFor: [...voices],
  };
}

/** What anyone may read: the stage, and the text once adopted or while the chair shows the draft. */
export async function readPublic({ db, slug }: { db: Db; slug: string }): Promise<PublicOutcome> {
  const event = await eventRead({ db, actor: ANONYMOUS, slug, may: OUTCOME_POLICY.readPublic });
  const text = await currentText(db, event);
  const isShown = text.version > 0 && (text.stage === 'adopted' || text.isDraftPublic);
  return {
    stage: text.stage,
    amendmentDeadline: text.amendmentDeadline?.toISOString() ?? null,
    isDraft: text.stage !== 'adopted',
    version: isShown ? text.version : null,
    content: isShown ? text.content : null,
  };
}

/** The chair saves the text as a new version, with a message; against the version it was edited from. */
export async function saveText(request: OutcomeRequest & { input: SaveTextInput }) {
  const { input } = request;
  return outcomeOperation({ ...request, may: OUTCOME_POLICY.editText }, async ({ tx, event, doc, actor, audit }) => {
    requireStage(doc, ['drafting', 'negotiation']);
    if (input.baseVersion !== doc.version)
      throw invalidField(
        'baseVersion',
        'field.mismatch',
        `the text is at version ${doc.version}`,
        'outcome.version_conflict',
      );
    const previous = await contentAt(tx, event, doc.version);
    const { focusAreas } = await describeEvent(tx, event);
    const content = buildContent(previous, input, focusAreas);
    const number = doc.version + 1;
    await repo.insertVersion(tx, {
      eventId: event.id,
      number,
      message: input.message,
      content,
      madeBy: actor.accountId,
    });
    await repo.updateDocument(tx, event.id, { version: number });
    await audit({
      action: 'outcome.text_saved',
      entityType: 'outcome',
      entityId: event.id,
      summary: { version: number },
    });
    return { version: number };
  });
}

/** The chair moves the document on, one stage at a time; opening the amendments needs a deadline. (Adoption opens on its own route, and only a broken silence returns the text to negotiation.) */
export async function moveStage(request: OutcomeRequest & { input: MoveStageInput }) {
  const { stage, amendmentDeadline } = request.input;
  return outcomeOperation({ ...request, may: OUTCOME_POLICY.moveStage }, async ({ tx, event, doc, audit }) => {
    const from = OUTCOME_STAGES.indexOf(doc.stage);
    const to = OUTCOME_STAGES.indexOf(stage);
    // Adoption and the adopted text come with the adoption itself, not by a move.
    if (stage === 'adoption' || stage === 'adopted' || to !== from + 1)
      throw invalidField(
        'stage',
        'field.wrong_state',
        `from ${doc.stage} the next stage is ${OUTCOME_STAGES[from + 1]}`,
        'outcome.wrong_stage',
      );
    if (doc.version === 0)
      throw invalidField('stage', 'field.wrong_state', 'save a first text before', 'outcome.wrong_stage');
    let deadline = doc.amendmentDeadline;
    if (stage === 'amendments') {
      if (!amendmentDeadline)
        throw invalidField('amendmentDeadline', 'field.required', 'until when delegations may propose');
      deadline = new Date(amendmentDeadline);
      if (deadline.getTime() <= Date.now())
        throw invalidField('amendmentDeadline', 'field.out_of_range', 'the deadline must be in the future');
    }
    await repo.updateDocument(tx, event.id, { stage, amendmentDeadline: deadline });
    await audit({
      action: 'outcome.stage_moved',
      entityType: 'outcome',
      entityId: event.id,
      summary: { from: doc.stage, to: stage },
    });
    return { stage, amendmentDeadline: deadline?.toISOString() ?? null };
  });
}

/** Whether the public sees the current draft before adoption (marked as a draft). */
export async function setDraftPublic(request: OutcomeRequest & { isDraftPublic: boolean }) {
  return outcomeOperation({ ...request, may: OUTCOME_POLICY.moveStage }, async ({ tx, event, doc, audit }) => {
    requireStage(doc, ['drafting', 'amendments', 'negotiation', 'adoption']);
    await repo.updateDocument(tx, event.id, { isDraftPublic: request.isDraftPublic });
    await audit({
      action: 'outcome.draft_shown',
      entityType: 'outcome',
      entityId: event.id,
      summary: { isDraftPublic: request.isDraftPublic },
    });
    return { isDraftPublic: request.isDraftPublic };
  });
}

/** The chair sets where a paragraph's negotiation stands. */
export async function setParagraphState(request: OutcomeRequest & { paragraphId: string; state: ParagraphState }) {
  const { paragraphId, state } = request;
  return outcomeOperation({ ...request, may: OUTCOME_POLICY.setParagraphState }, async ({ tx, event, doc, audit }) => {
    requireStage(doc, ['amendments', 'negotiation']);
    if (!findParagraph(await contentAt(tx, event, doc.version), paragraphId))
      throw notFound('paragraph', 'outcome.paragraph_not_found');
    await repo.updateDocument(tx, event.id, { states: { ...doc.states, [paragraphId]: state } });
    await audit({
      action: 'outcome.paragraph_state',
      entityType: 'outcome_paragraph',
      entityId: paragraphId,
      summary: { state },
    });
    return { paragraphId, state };
  });
}

/** Every version, newest first, with who made it and why. */
export async function listVersions(request: OutcomeRequest) {
  const event = await eventRead({ ...request, may: OUTCOME_POLICY.readWorking });
  const rows = await repo.listVersions(request.db, event.id);
  return rows.map((row) => ({ ...row, madeAt: row.madeAt.toISOString() }));
}

export async function readVersion(request: OutcomeRequest & { number: number }) {
  const event = await eventRead({ ...request, may: OUTCOME_POLICY.readWorking });
  const row = await repo.findVersion(request.db, event.id, request.number);
  if (!row) throw notFound('outcome_version', 'outcome.version_not_found');
  return { ...row, madeAt: row.madeAt.toISOString() };
}

/** Two versions compared word by word, in one language. */
export async function compare(request: OutcomeRequest & { from: number; to: number; language: string }) {
  const event = await eventRead({ ...request, may: OUTCOME_POLICY.readWorking });
  const [from, to] = await Promise.all(
    [request.from, request.to].map((n) => repo.findVersion(request.db, event.id, n)),
  );
  if (!from || !to) throw notFound('outcome_version', 'outcome.version_not_found');
  return compareVersions(from, to, request.language);
}
