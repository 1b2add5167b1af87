import { DELEGATION_POLICY } from '../../../shared/policies.js';
import { ANONYMOUS } from '../../core/auth/actor.js';
import type { Db } from '../../core/db/db.js';
import { notFound } from '../../core/errors.js';
import { eventRead } from '../events/operation.service.js';
import { type DelegationBook, loadBook, presentPublicDetail, presentPublicList } from './delegations.view.js';

const readOf = (db: Db, slug: string) => eventRead({ db, actor: ANONYMOUS, slug, may: DELEGATION_POLICY.readPublic });

/**
 * The plenary as the public reads it: only the delegations the secretariat confirmed (one not yet
 * confirmed may still withdraw or change, and a country is not announced before it is sure), in
 * speaking order, numbered 1, 2, 3... within each segment (the delegations that speak on one theme).
 */
export function publicPlenary(book: DelegationBook): DelegationBook {
  const taken = new Map<string | null, number>();
  const ordered = book.ordered
    .filter((entry) => entry.row.confirmedAt !== null)
    .map((entry) => {
      const place = (taken.get(entry.row.themeId) ?? 0) + 1;
      taken.set(entry.row.themeId, place);
      return { ...entry, speakingOrder: place };
    });
  return { ...book, ordered };
}

const loadPublicBook = async (db: Db, eventId: string) => publicPlenary(await loadBook(db, eventId));

/** Anyone: every confirmed delegation in speaking order, with its theme and head (name and rank only). */
export async function readPublicDelegations({ db, slug }: { db: Db; slug: string }) {
  const event = await readOf(db, slug);
  return presentPublicList(await loadPublicBook(db, event.id));
}

/** Anyone: one confirmed delegation and its statement once submitted. */
export async function readPublicDelegation({ db, slug, delegationId }: { db: Db; slug: string; delegationId: string }) {
  const event = await readOf(db, slug);
  const book = await loadPublicBook(db, event.id);
  const entry = book.ordered.find((e) => e.row.id === delegationId);
  if (!entry) throw notFound('delegation');
  return presentPublicDetail(book, entry);
}
