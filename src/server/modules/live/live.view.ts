import type { LiveChannel, QuestionStatus, QuestionView } from '../../../shared/live.js';
import type { Queryable } from '../../core/db/db.js';
import { findMemberPeople } from '../registration/candidates.service.js';
import type { QuestionRow } from './live.repo.js';

/** What the public sees of a session's questions; moderators see every status. */
export const PUBLIC_STATUSES: readonly QuestionStatus[] = ['approved', 'answered'];
export const isPublic = (row: Pick<QuestionRow, 'status'>) => PUBLIC_STATUSES.includes(row.status);

/** The askers' names, by registration; an erased registration has none. */
export async function askerNames(db: Queryable, rows: Pick<QuestionRow, 'registrationId'>[]) {
  const people = await findMemberPeople(
    db,
    rows.map((row) => row.registrationId),
  );
  return new Map([...people].map(([id, person]) => [id, person.name]));
}

/** A question as one audience sees it: the public never learns who asked anonymously. */
export function questionView(row: QuestionRow, names: Map<string, string>, audience: LiveChannel): QuestionView {
  const name = names.get(row.registrationId) ?? null;
  return {
    id: row.id,
    text: row.text,
    author: row.anonymous && audience === 'public' ? null : name,
    anonymous: row.anonymous,
    status: row.status,
    votes: row.votes,
    askedAt: row.askedAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
  };
}
