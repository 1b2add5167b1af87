import type { FastifyBaseLogger } from 'fastify';
import {
  type AdoptionBoard,
  type AdoptionResponseInput,
  AUTHORITATIVE_LANGUAGE,
  LANGUAGES_OF_OUTCOME,
  type OpenAdoptionInput,
  type PublishedOutcome,
  SILENCE_MIN_HOURS,
} from '../../../shared/outcome.js';
import { OUTCOME_POLICY } from '../../../shared/policies.js';
import { SYSTEM } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError, invalidField } from '../../core/errors.js';
import { isTakingPart, listParticipatingDelegations } from '../delegations/voices.service.js';
import { type EventRecord, eventRead } from '../events/operation.service.js';
import { delegationOperation } from './amendments.service.js';
import { canonicalText, numberParagraphs, sha256Hex } from './outcome.canonical.js';
import * as repo from './outcome.repo.js';
import { contentAt, type OutcomeRequest, outcomeOperation, requireStage } from './outcome.service.js';
import { findParagraph } from './outcome.text.js';

/** The chair opens the adoption, by consensus or by silence procedure, with its deadline. */
export function openAdoption(request: OutcomeRequest & { input: OpenAdoptionInput }) {
  const { method, deadline } = request.input;
  return outcomeOperation({ ...request, may: OUTCOME_POLICY.adopt }, async ({ tx, event, doc, audit }) => {
    requireStage(doc, ['negotiation']);
    const at = new Date(deadline);
    const earliest = Date.now() + (method === 'silence' ? SILENCE_MIN_HOURS * 3_600_000 : 0);
    if (at.getTime() <= earliest)
      throw invalidField(
        'deadline',
        'field.out_of_range',
        method === 'silence' ? `at least ${SILENCE_MIN_HOURS} hours from now` : 'in the future',
      );
    await repo.clearResponses(tx, event.id);
    await repo.updateDocument(tx, event.id, { stage: 'adoption', method, adoptionDeadline: at });
    await audit({ action: 'outcome.adoption_opened', entityType: 'outcome', entityId: event.id, summary: { method } });
    return { stage: 'adoption' as const, method, deadline: at.toISOString() };
  });
}

/**
 * A participating delegation's one voice: by consensus it joins, with a reservation or not; in a
 * silence procedure it may break the silence (with its reason), which halts the adoption and
 * returns the text to negotiation.
 */
export function respond(request: OutcomeRequest & { delegationId: string; input: AdoptionResponseInput }) {
  const { input, delegationId } = request;
  return delegationOperation(
    request,
    OUTCOME_POLICY.respond,
    async ({ tx, event, doc, actor, audit }, _, delegation) => {
      requireStage(doc, ['adoption']);
      if (!isTakingPart(delegation))
        throw new AppError('outcome.not_participating', 'The delegation has not confirmed that it takes part.');
      if (doc.adoptionDeadline && doc.adoptionDeadline.getTime() <= Date.now())
        throw new AppError('outcome.adoption_closed', `The adoption closed at ${doc.adoptionDeadline.toISOString()}.`);
      const isBreak = input.choice === 'break_silence';
      if (isBreak !== (doc.method === 'silence'))
        throw invalidField('choice', 'field.not_an_option', `not a choice of the ${doc.method} procedure`);
      const content = await contentAt(tx, event, doc.version);
      input.paragraphIds.forEach((id, i) => {
        if (!findParagraph(content, id))
          throw invalidField(`paragraphIds.${i}`, 'field.not_found', 'no such paragraph');
      });
      await repo.upsertResponse(tx, {
        eventId: event.id,
        delegationId,
        choice: input.choice,
        text: input.text ?? null,
        paragraphIds: input.paragraphIds,
        explanation: input.explanation ?? null,
        givenBy: actor.accountId,
      });
      if (isBreak) await repo.updateDocument(tx, event.id, { stage: 'negotiation' });
      await audit({
        action: `outcome.${input.choice}`,
        entityType: 'outcome',
        entityId: event.id,
        summary: { delegationId },
      });
      return { choice: input.choice, stage: isBreak ? ('negotiation' as const) : ('adoption' as const) };
    },
  );
}

/** Who answered what so far: the adoption board of the chair and the delegations. */
export async function readAdoptionBoard(request: OutcomeRequest): Promise<AdoptionBoard> {
  const event = await eventRead({ ...request, may: OUTCOME_POLICY.readWorking });
  const doc = await repo.findDocument(request.db, event.id);
  const responses = new Map((await repo.listResponses(request.db, event.id)).map((r) => [r.delegationId, r]));
  const delegations = await listParticipatingDelegations(request.db, event.id);
  return {
    method: doc?.method ?? null,
    deadline: doc?.adoptionDeadline?.toISOString() ?? null,
    delegations: delegations.map((d) => {
      const r = responses.get(d.id);
      return {
        ...d,
        choice: r?.choice ?? null,
        text: r?.text ?? null,
        paragraphIds: r?.paragraphIds ?? [],
        explanation: r?.explanation ?? null,
      };
    }),
  };
}

/** The text adopted: frozen as published, its canonical form hashed; no write on it from now on. */
async function freeze(tx: Queryable, event: EventRecord, doc: repo.DocumentRow): Promise<PublishedOutcome> {
  const text = { version: doc.version, content: await contentAt(tx, event, doc.version) };
  const responses = await repo.listResponses(tx, event.id);
  const participating = await listParticipatingDelegations(tx, event.id);
  const joined = participating.filter(
    (d) => doc.method === 'silence' || responses.some((r) => r.delegationId === d.id && r.choice !== 'break_silence'),
  );
  const reservations = responses.filter((r) => r.choice === 'join_with_reservation');
  const adoptedAt = new Date();
  const source = {
    event: { slug: event.slug, name: event.name, timeZone: event.timeZone },
    version: text.version,
    method: doc.method ?? 'consensus',
    adoptedAt: adoptedAt.toISOString(),
    authoritativeLanguage: AUTHORITATIVE_LANGUAGE,
    languages: [...LANGUAGES_OF_OUTCOME],
    content: text.content,
    numbers: numberParagraphs(text.content),
    delegations: joined.map((d) => ({ ...d, hasReservation: reservations.some((r) => r.delegationId === d.id) })),
    reservations: reservations.map((r) => ({
      delegationId: r.delegationId,
      paragraphIds: r.paragraphIds,
      text: r.text ?? '',
    })),
    explanations: responses
      .filter((r) => r.explanation)
      .map((r) => ({ delegationId: r.delegationId, text: r.explanation ?? '' })),
  };
  const published = { ...source, sha256: sha256Hex(canonicalText(source, AUTHORITATIVE_LANGUAGE)) };
  await repo.updateDocument(tx, event.id, { stage: 'adopted', adoptedAt, published });
  return published;
}

/**
 * The chair declares the text adopted: by consensus once every participating delegation joined;
 * by silence once the deadline passed unbroken (the job does so by itself at the deadline).
 */
export function adopt(request: OutcomeRequest) {
  return outcomeOperation({ ...request, may: OUTCOME_POLICY.adopt }, async ({ tx, event, doc, audit }) => {
    requireStage(doc, ['adoption']);
    if (doc.method === 'silence' && doc.adoptionDeadline && doc.adoptionDeadline.getTime() > Date.now())
      throw new AppError('outcome.silence_running', `The silence runs until ${doc.adoptionDeadline.toISOString()}.`);
    if (doc.method === 'consensus') {
      const joined = new Set((await repo.listResponses(tx, event.id)).map((r) => r.delegationId));
      const missing = (await listParticipatingDelegations(tx, event.id)).filter((d) => !joined.has(d.id));
      if (missing.length > 0)
        throw new AppError('outcome.not_all_joined', `${missing.length} delegations have not joined.`);
    }
    const published = await freeze(tx, event, doc);
    await audit({
      action: 'outcome.adopted',
      entityType: 'outcome',
      entityId: event.id,
      summary: { sha256: published.sha256, version: published.version },
    });
    return { stage: 'adopted' as const, adoptedAt: published.adoptedAt, sha256: published.sha256 };
  });
}

/**
 * The job's turn: every silence procedure whose deadline passed unbroken is adopted. Each node
 * runs it; the document's lock lets one adopt, and the others find it adopted already.
 */
export async function adoptSilenceDue(db: Db, slugOf: (eventId: string) => Promise<string>, log: FastifyBaseLogger) {
  for (const eventId of await repo.listSilenceDue(db, new Date())) {
    try {
      await adopt({ db, actor: SYSTEM, slug: await slugOf(eventId) });
    } catch (err) {
      const isDone = err instanceof AppError && (err.code === 'outcome.frozen' || err.code === 'outcome.wrong_stage');
      if (!isDone) log.warn({ err }, 'outcome: silence procedure not closed');
    }
  }
}

/** The adopted text as published, or 404 outcome.not_adopted. */
export async function readPublished({ db, slug }: { db: Db; slug: string }): Promise<PublishedOutcome> {
  const event = await eventRead({ db, actor: SYSTEM, slug, may: OUTCOME_POLICY.readPublic });
  const doc = await repo.findDocument(db, event.id);
  if (doc?.stage !== 'adopted' || !doc.published) throw new AppError('outcome.not_adopted', 'Not adopted yet.');
  return doc.published;
}

/** The event's adopted text as published, or null before adoption: what the commitments are made under. */
/** When the text was adopted (ISO), or null while it is not: what a cache of things made from it checks. */
export async function adoptionTime(db: Queryable, eventId: string): Promise<string | null> {
  return (await repo.findAdoptedAt(db, eventId))?.toISOString() ?? null;
}

export async function findAdopted(db: Queryable, eventId: string): Promise<PublishedOutcome | null> {
  const doc = await repo.findDocument(db, eventId);
  return doc?.stage === 'adopted' && doc.published ? doc.published : null;
}
