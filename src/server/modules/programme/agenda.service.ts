import { createHmac, randomBytes } from 'node:crypto';
import type { AuditAction } from '../../../shared/audit.js';
import type { Agenda, PublishedProgramme } from '../../../shared/programme.js';
import { recordAudit } from '../../core/audit/audit.js';
import { type Actor, requireSignedIn } from '../../core/auth/actor.js';
import { safeEqual } from '../../core/auth/secrets.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { notFound } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import * as repo from './agenda.repo.js';

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

type Owner = { accountId: string; eventId: string };

const feedUrl = (links: FeedLinks, slug: string, owner: { accountId: string; eventId: string }, key: string) =>
  `${links.publicUrl}/events/${slug}/agenda/${feedToken(links.secret, owner, key)}.ics`;

/** The event's published programme comes from the node's cache: agenda calls read no snapshot. */
type AgendaOptions = { db: Db; actor: Actor; programme: PublishedProgramme; links: FeedLinks };

function ownerOf(actor: Actor, programme: PublishedProgramme) {
  requireSignedIn(actor);
  return { accountId: actor.accountId, eventId: programme.event.id };
}

/** Only sessions still in the published programme: one removed since is no longer on anyone's agenda. */
const publishedOnly = (programme: PublishedProgramme, sessionIds: string[]) => {
  const published = new Set(programme.sessions.map((s) => s.id));
  return sessionIds.filter((id) => published.has(id));
};

async function agendaOf(db: Queryable, owner: Owner, { programme, links }: AgendaOptions): Promise<Agenda> {
  // One after the other: `db` may be a transaction, one connection that runs one query at a time.
  const sessionIds = await repo.listAgendaSessionIds(db, owner);
  const key = await repo.findFeedKey(db, owner);
  const slug = programme.event.slug;
  return { sessionIds: publishedOnly(programme, sessionIds), feedUrl: key ? feedUrl(links, slug, owner, key) : null };
}

export const readAgenda = (options: AgendaOptions) =>
  agendaOf(options.db, ownerOf(options.actor, options.programme), options);

/** One write to one's own agenda, audited in its transaction; answers with the agenda as it then is. */
async function changeAgenda(
  options: AgendaOptions,
  audit: { action: AuditAction; entityType: string; entityId?: string },
  write: (tx: Queryable, owner: Owner) => Promise<void>,
) {
  const owner = ownerOf(options.actor, options.programme);
  await options.db.transaction(async (tx) => {
    await write(tx, owner);
    await recordAudit(tx, {
      eventId: owner.eventId,
      actorId: owner.accountId,
      action: audit.action,
      entityType: audit.entityType,
      entityId: audit.entityId ?? owner.accountId,
    });
  });
  return agendaOf(options.db, owner, options);
}

const newFeedKey = () => randomBytes(18).toString('base64url');

export function addToAgenda(options: AgendaOptions & { sessionId: string }) {
  const { sessionId } = options;
  ownerOf(options.actor, options.programme);
  if (!options.programme.sessions.some((s) => s.id === sessionId)) throw notFound('session');
  return changeAgenda(
    options,
    { action: 'agenda.session_added', entityType: 'session', entityId: sessionId },
    async (tx, owner) => {
      await repo.addAgendaItem(tx, { ...owner, sessionId });
      if (!(await repo.findFeedKey(tx, owner))) await repo.saveFeedKey(tx, { ...owner, key: newFeedKey() });
    },
  );
}

export const removeFromAgenda = (options: AgendaOptions & { sessionId: string }) =>
  changeAgenda(
    options,
    { action: 'agenda.session_removed', entityType: 'session', entityId: options.sessionId },
    async (tx, owner) => {
      if (!(await repo.removeAgendaItem(tx, { ...owner, sessionId: options.sessionId }))) throw notFound('session');
    },
  );

/** A new secret address for the agenda's feed; the old one stops working. */
export const renewAgendaFeed = (options: AgendaOptions) =>
  changeAgenda(options, { action: 'agenda.feed_renewed', entityType: 'account' }, (tx, owner) =>
    repo.saveFeedKey(tx, { ...owner, key: newFeedKey() }),
  );

/** The agenda behind a feed address, for whoever holds it; any wrong token is simply "not found". */
export async function readAgendaFeed(options: {
  db: Db;
  programme: PublishedProgramme;
  token: string;
  secret: string;
}) {
  const { db, programme, token, secret } = options;
  const [accountId] = token.split('.');
  if (!isUuid(accountId)) throw notFound('agenda');
  const owner = { accountId, eventId: programme.event.id };
  const key = await repo.findFeedKey(db, owner);
  if (!key || !safeEqual(token, feedToken(secret, owner, key))) throw notFound('agenda');
  return publishedOnly(programme, await repo.listAgendaSessionIds(db, owner));
}
