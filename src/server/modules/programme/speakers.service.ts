import type { z } from 'zod';
import type { AuditAction } from '../../../shared/audit.js';
import { PROGRAMME_POLICY } from '../../../shared/policies.js';
import type { PublishedProgramme, speakerInputSchema, speakerPatchSchema } from '../../../shared/programme.js';
import { type Actor, hasEventRole } from '../../core/auth/actor.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError, notFound } from '../../core/errors.js';
import { eventOperation } from '../events/operation.service.js';
import { preparePhoto } from './photo.decoder.js';
import * as repo from './programme.repo.js';

type SpeakerInput = z.output<typeof speakerInputSchema>;
type SpeakerPatch = z.output<typeof speakerPatchSchema>;

type SpeakerTarget = { db: Db; actor: Actor; slug: string; id: string };

/** One write to one speaker of the event: role checked, the speaker found, audited, in one transaction. */
async function onSpeaker(
  options: SpeakerTarget,
  action: AuditAction,
  work: (tx: Queryable, speaker: repo.SpeakerRow) => Promise<Record<string, unknown> | undefined>,
) {
  await eventOperation({ ...options, may: PROGRAMME_POLICY.editSpeakers }, async ({ tx, event, audit }) => {
    const speaker = await repo.findSpeaker(tx, event.id, options.id);
    if (!speaker) throw notFound('speaker');
    const summary = await work(tx, speaker);
    await audit({
      action,
      entityType: 'speaker',
      entityId: speaker.id,
      summary: summary ?? {},
    });
  });
}

export async function createSpeaker(options: { db: Db; actor: Actor; slug: string; input: SpeakerInput }) {
  return eventOperation({ ...options, may: PROGRAMME_POLICY.editSpeakers }, async ({ tx, event, audit }) => {
    const row = await repo.insertSpeaker(tx, event.id, options.input);
    await audit({
      action: 'speaker.created',
      entityType: 'speaker',
      entityId: row.id,
    });
    return { id: row.id };
  });
}

export const updateSpeaker = (options: SpeakerTarget & { patch: SpeakerPatch }) =>
  onSpeaker(options, 'speaker.updated', async (tx, speaker) => {
    await repo.updateSpeaker(tx, speaker.id, options.patch);
    return { fields: Object.keys(options.patch) };
  });

/** A speaker still on a session stays: taking them off the session first is a choice people make knowingly. */
export const deleteSpeaker = (options: SpeakerTarget) =>
  onSpeaker(options, 'speaker.deleted', async (tx, speaker) => {
    const sessions = await repo.countSpeakerSessions(tx, speaker.id);
    if (sessions > 0) {
      throw new AppError('speaker.in_use', `This speaker is on ${sessions} session(s); take them off first.`);
    }
    await repo.deleteSpeaker(tx, speaker.id);
    return { name: speaker.name };
  });

/** Decoded outside the transaction (the embedded database has one connection), then checked again inside. */
export async function setSpeakerPhoto(options: SpeakerTarget & { bytes: Buffer }) {
  const photo = await preparePhoto(options.bytes);
  await onSpeaker(options, 'speaker.photo_set', async (tx, speaker) => {
    await repo.setSpeakerPhoto(tx, speaker.id, { bytes: photo, type: 'image/jpeg' });
    return { bytes: photo.length };
  });
}

export const removeSpeakerPhoto = (options: SpeakerTarget) =>
  onSpeaker(options, 'speaker.photo_removed', async (tx, speaker) => {
    await repo.setSpeakerPhoto(tx, speaker.id, null);
    return undefined;
  });

/** Anyone sees the photo of a published speaker; organizers also those of their draft. */
export async function readSpeakerPhoto(options: { db: Db; actor: Actor; programme: PublishedProgramme; id: string }) {
  const { db, actor, programme, id } = options;
  const eventId = programme.event.id;
  const isPublished = programme.speakers.some((s) => s.id === id);
  if (!isPublished && !hasEventRole(actor, eventId, PROGRAMME_POLICY.readDraft)) {
    throw notFound('photo', 'speaker.photo_not_found');
  }
  const row = await repo.readSpeakerPhoto(db, eventId, id);
  if (!row?.photo || !row.type || !row.updatedAt) throw notFound('photo', 'speaker.photo_not_found');
  return { bytes: row.photo, type: row.type, version: row.updatedAt.getTime() };
}

/** The account a speaker signs in with, if they have one (a session's named moderator moderates its questions). */
export async function findSpeakerAccountId(db: Queryable, eventId: string, speakerId: string): Promise<string | null> {
  return (await repo.findSpeaker(db, eventId, speakerId))?.accountId ?? null;
}
