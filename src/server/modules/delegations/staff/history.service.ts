import { randomUUID } from 'node:crypto';
import type { ProtocolRank } from '../../../../shared/delegations.js';
import { DELEGATION_POLICY } from '../../../../shared/policies.js';
import type { LocalizedText } from '../../../../shared/text.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Db } from '../../../core/db/db.js';
import { invalidField } from '../../../core/errors.js';
import { listStatementThemes } from '../../events/events.service.js';
import { eventOperation } from '../../events/operation.service.js';
import { type DelegateEntry, registerConfirmedDelegates } from '../../registration/candidates.service.js';
import * as repo from '../delegations.repo.js';

/** What one delegation did in an event already held: its head, its theme and its statement, each at its date. */
export interface PastParticipation {
  delegationId: string;
  /** The head of delegation, registered by the delegation and endorsed when it confirmed. */
  head: Omit<DelegateEntry, 'id' | 'at' | 'country'> & { rank: ProtocolRank };
  themeId: string;
  statement: LocalizedText;
  confirmedAt: Date;
  statementSubmittedAt: Date;
}

/**
 * Records the participation of delegations in a past event as it happened (the demo's
 * ICDD 2021): dates in the past that the focal point's own routes would set to now, and
 * a statement deadline already passed. Each delegation audited; nothing mailed.
 */
export async function recordPastParticipation(options: {
  db: Db;
  actor: Actor;
  slug: string;
  entries: PastParticipation[];
  statementDeadline: Date;
}) {
  const { db, actor, slug, entries } = options;
  return eventOperation({ db, actor, slug, may: DELEGATION_POLICY.updateSettings }, async ({ tx, event, audits }) => {
    const delegations = new Map((await repo.listDelegations(tx, event.id)).map((d) => [d.id, d]));
    const themes = new Set((await listStatementThemes(tx, event.id)).map((t) => t.id));
    const records = entries.map((entry, index) => {
      const country = delegations.get(entry.delegationId)?.country;
      if (!country)
        throw invalidField(
          `entries.${index}.delegationId`,
          'field.not_found',
          'is not a country delegation of this event',
        );
      if (!themes.has(entry.themeId))
        throw invalidField(`entries.${index}.themeId`, 'field.not_found', "is not one of this event's themes");
      const { rank: _rank, ...head } = entry.head;
      return { entry, head: { ...head, id: randomUUID(), country, at: entry.confirmedAt } };
    });
    await registerConfirmedDelegates(
      tx,
      event.id,
      records.map((r) => r.head),
    );
    await repo.insertMembers(
      tx,
      records.map(({ entry, head }) => ({
        delegationId: entry.delegationId,
        registrationId: head.id,
        role: 'head' as const,
        rank: entry.head.rank,
        endorsedAt: entry.confirmedAt,
      })),
    );
    for (const entry of entries) {
      await repo.updateDelegation(tx, entry.delegationId, {
        themeId: entry.themeId,
        themeChosenAt: entry.confirmedAt,
        statement: entry.statement,
        statementSubmittedAt: entry.statementSubmittedAt,
        confirmedAt: entry.confirmedAt,
      });
    }
    await repo.lockSettings(tx, event.id);
    await repo.saveSettings(tx, event.id, { statementDeadline: options.statementDeadline });
    await audits(
      records.map(({ entry, head }) => ({
        action: 'delegation.participation_recorded',
        entityType: 'delegation',
        entityId: entry.delegationId,
        summary: { headRegistrationId: head.id, rank: entry.head.rank, themeId: entry.themeId },
      })),
    );
    return { recorded: entries.length };
  });
}
