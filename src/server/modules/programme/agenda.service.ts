import { createHmac, randomBytes } from 'node:crypto';
import type { Agenda, PublishedProgramme } from '../../../shared/programme.js';
import { recordAudit } from '../../core/audit/audit.js';
import { type Actor, requireSignedIn } from '../../core/auth/actor.js';
import { safeEqual } from '../../core/auth/secrets.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { notFound } from '../../core/errors.js';
import { getEventRow } from '../events/events.service.js';
import * as repo from './agenda.repo.js';
import { readPublishedProgramme } from './programme.service.js';

export interface FeedLinks {
  publicUrl: string;
  secret: string;
}

/**
 * The feed's address carries `<accountId>.<mac>`, the mac an HMAC of the feed's random key
 * under the session secret: calendar apps can poll it without a session, the database alone
 * cannot rebuild it, and a new key retires the old address.
 */
const feedToken = (secret: string, owner: { accountId: string; eventId: string }, key: string) =>
  `${owner.accountId}.${createHmac('sha256', secret).update(`agenda-feed:${owner.eventId}:${owner.accountId}:${key}`).digest('base64url')}`;

const feedUrl = (links: FeedLinks, slug: string, owner: { accountId: string; eventId: string }, key: string) =>
  `${links.publicUrl}/events/${slug}/agenda/${feedToken(links.secret, owner, key)}.ics`;

type AgendaOptions = { db: Db; actor: Actor; slug: string; links: FeedLinks };

async function ownerOf(db: Queryable, actor: Actor, slug: string) {
  requireSignedIn(actor);
  const event = await getEventRow(db, slug);
  return { accountId: actor.accountId, eventId: event.id };
}

/** Only sessions still in the published programme: one removed since is no longer on anyone's agenda. */
const publishedOnly = (programme: PublishedProgramme, sessionIds: string[]) => {
  const published = new Set(programme.sessions.map((s) => s.id));
  return sessionIds.filter((id) => published.has(id));
};

export async function readAgenda({ db, actor, slug, links }: AgendaOptions): Promise<Agenda> {
  const owner = await ownerOf(db, actor, slug);
  const [programme, sessionIds, key] = await Promise.all([
    readPublishedProgramme({ db, slug }),
    repo.listAgendaSessionIds(db, owner),
    repo.findFeedKey(db, owner),
  ]);
  return { sessionIds: publishedOnly(programme, sessionIds), feedUrl: key ? feedUrl(links, slug, owner, key) : null };
}

export async function addToAgenda(options: AgendaOptions & { sessionId: string }) {
  const { db, actor, slug, sessionId } = options;
  await db.transaction(async (tx) => {
    const owner = await ownerOf(tx, actor, slug);
    const programme = await readPublishedProgramme({ db: tx, slug });
    if (!programme.sessions.some((s) => s.id === sessionId)) throw notFound('session');
    await repo.addAgendaItem(tx, { ...owner, sessionId });
    if (!(await repo.findFeedKey(tx, owner))) await repo.saveFeedKey(tx, { ...owner, key: newFeedKey() });
    await recordAudit(tx, {
      eventId: owner.eventId,
      actorId: owner.accountId,
      action: 'agenda.session_added',
      entityType: 'session',
      entityId: sessionId,
    });
  });
  return readAgenda(options);
}

export async function removeFromAgenda(options: AgendaOptions & { sessionId: string }) {
  const { db, actor, slug, sessionId } = options;
  await db.transaction(async (tx) => {
    const owner = await ownerOf(tx, actor, slug);
    if (!(await repo.removeAgendaItem(tx, { ...owner, sessionId }))) throw notFound('session');
    await recordAudit(tx, {
      eventId: owner.eventId,
      actorId: owner.accountId,
      action: 'agenda.session_removed',
      entityType: 'session',
      entityId: sessionId,
    });
  });
  return readAgenda(options);
}

const newFeedKey = () => randomBytes(18).toString('base64url');

/** A new secret address for the agenda's feed; the old one stops working. */
export async function renewAgendaFeed(options: AgendaOptions) {
  const { db, actor, slug } = options;
  await db.transaction(async (tx) => {
    const owner = await ownerOf(tx, actor, slug);
    await repo.saveFeedKey(tx, { ...owner, key: newFeedKey() });
    await recordAudit(tx, {
      eventId: owner.eventId,
      actorId: owner.accountId,
      action: 'agenda.feed_renewed',
      entityType: 'account',
      entityId: owner.accountId,
    });
  });
  return readAgenda(options);
}

/** The agenda behind a feed address, for whoever holds it; any wrong token is simply "not found". */
export async function readAgendaFeed({
  db,
  slug,
  token,
  secret,
}: {
  db: Db;
  slug: string;
  token: string;
  secret: string;
}) {
  const [accountId] = token.split('.');
  if (!accountId || !/^[0-9a-f-]{36}$/.test(accountId)) throw notFound('agenda');
  const event = await getEventRow(db, slug);
  const owner = { accountId, eventId: event.id };
  const key = await repo.findFeedKey(db, owner);
  if (!key || !safeEqual(token, feedToken(secret, owner, key))) throw notFound('agenda');
  const [programme, sessionIds] = await Promise.all([
    readPublishedProgramme({ db, slug }),
    repo.listAgendaSessionIds(db, owner),
  ]);
  return { programme, sessionIds: publishedOnly(programme, sessionIds) };
}
