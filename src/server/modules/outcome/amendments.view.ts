import type { AmendmentView, OutcomeContent } from '../../../shared/outcome.js';
import { AUTHORITATIVE_LANGUAGE } from '../../../shared/outcome.js';
import type { Queryable } from '../../core/db/db.js';
import * as repo from './outcome.repo.js';
import { paragraphsOf } from './outcome.text.js';

/** Every amendment of the event as the chair and the delegations see it: against its version and against today's text. */
export async function amendmentViews(
  db: Queryable,
  eventId: string,
  current: OutcomeContent,
): Promise<AmendmentView[]> {
  const [rows, positions] = await Promise.all([repo.listAmendments(db, eventId), repo.listPositions(db, eventId)]);
  const today = new Map(paragraphsOf(current).map((p) => [p.id, p.text[AUTHORITATIVE_LANGUAGE] ?? null]));
  const given = new Map<string, { support: string[]; objections: string[] }>();
  for (const p of positions) {
    const entry = given.get(p.amendmentId) ?? { support: [], objections: [] };
    (p.position === 'support' ? entry.support : entry.objections).push(p.delegationId);
    given.set(p.amendmentId, entry);
  }
  return rows.map((row) => ({
    id: row.id,
    delegationId: row.delegationId,
    paragraphId: row.paragraphId,
    kind: row.kind,
    text: row.text,
    justification: row.justification,
    status: row.status,
    againstVersion: row.againstVersion,
    againstText: row.againstText,
    currentText: today.get(row.paragraphId) ?? null,
    decision:
      row.decidedAt && row.decisionReason
        ? {
            reason: row.decisionReason,
            text: row.decidedText,
            version: row.decidedVersion,
            at: row.decidedAt.toISOString(),
          }
        : null,
    support: given.get(row.id)?.support ?? [],
    objections: given.get(row.id)?.objections ?? [],
    createdAt: row.createdAt.toISOString(),
  }));
}
