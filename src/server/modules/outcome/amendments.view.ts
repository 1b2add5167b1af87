import type { AmendmentView, OutcomeContent } from '../../../shared/outcome.js';
import type { Queryable } from '../../core/db/db.js';
import * as repo from './outcome.repo.js';
import { authoritativeText } from './outcome.text.js';

/** Every amendment of the event as the chair and the delegations see it: against its version and against today's text. */
export async function amendmentViews(
  db: Queryable,
  eventId: string,
  current: OutcomeContent,
): Promise<AmendmentView[]> {
  const rows = await repo.listAmendments(db, eventId);
  const versions = await repo.listVersionContents(db, eventId, [...new Set(rows.map((row) => row.againstVersion))]);
  const positions = await repo.listPositions(db, eventId);
  const of = (amendmentId: string, position: 'support' | 'object') =>
    positions.filter((p) => p.amendmentId === amendmentId && p.position === position).map((p) => p.delegationId);
  return rows.map((row) => {
    const against = versions.get(row.againstVersion);
    return {
      id: row.id,
      delegationId: row.delegationId,
      paragraphId: row.paragraphId,
      kind: row.kind,
      text: row.text,
      justification: row.justification,
      status: row.status,
      againstVersion: row.againstVersion,
      againstText: against ? authoritativeText(against, row.paragraphId) : null,
      currentText: authoritativeText(current, row.paragraphId),
      decision:
        row.decidedAt && row.decisionReason
          ? {
              reason: row.decisionReason,
              text: row.decidedText,
              version: row.decidedVersion,
              at: row.decidedAt.toISOString(),
            }
          : null,
      support: of(row.id, 'support'),
      objections: of(row.id, 'object'),
      createdAt: row.createdAt.toISOString(),
    };
  });
}
