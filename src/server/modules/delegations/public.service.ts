import { DELEGATION_POLICY } from '../../../shared/policies.js';
import { ANONYMOUS } from '../../core/auth/actor.js';
import type { Db } from '../../core/db/db.js';
import { notFound } from '../../core/errors.js';
import { eventRead } from '../events/operation.service.js';
import { loadBook, presentPublicDetail, presentPublicList } from './delegations.view.js';

const readOf = (db: Db, slug: string) => eventRead({ db, actor: ANONYMOUS, slug, may: DELEGATION_POLICY.readPublic });

/** Anyone: every delegation in speaking order, with its theme and head (name and rank only). */
export async function readPublicDelegations({ db, slug }: { db: Db; slug: string }) {
  const event = await readOf(db, slug);
  return presentPublicList(await loadBook(db, event.id));
}

/** Anyone: one delegation and its statement once submitted. */
export async function readPublicDelegation({ db, slug, delegationId }: { db: Db; slug: string; delegationId: string }) {
  const event = await readOf(db, slug);
  const book = await loadBook(db, event.id);
  const entry = book.ordered.find((e) => e.row.id === delegationId);
  if (!entry) throw notFound('delegation');
  return presentPublicDetail(book, entry);
}
