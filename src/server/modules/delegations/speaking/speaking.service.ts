import { DELEGATION_POLICY } from '../../../../shared/policies.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Db } from '../../../core/db/db.js';
import { invalidField } from '../../../core/errors.js';
import { eventOperation } from '../../events/operation.service.js';
import * as repo from '../delegations.repo.js';
import { overviewOf } from '../delegations.view.js';

/** Organizers' own speaking order: every delegation of the event, each once. */
export async function reorderSpeakers(options: { db: Db; actor: Actor; slug: string; ids: string[] }) {
  const { db, actor, slug, ids } = options;
  return eventOperation({ db, actor, slug, may: DELEGATION_POLICY.reorder }, async ({ tx, event, audit }) => {
    const known = new Set((await repo.listDelegations(tx, event.id)).map((d) => d.id));
    const seen = new Set<string>();
    for (const [index, id] of ids.entries()) {
      if (!known.has(id)) throw invalidField(`ids.${index}`, 'field.not_found', 'is not a delegation of this event');
      if (seen.has(id)) throw invalidField(`ids.${index}`, 'field.duplicate', 'is listed twice');
      seen.add(id);
    }
    if (seen.size !== known.size)
      throw invalidField('ids', 'field.incomplete', 'must list every delegation of the event');
    await repo.setSpeakingPositions(tx, event.id, ids);
    await audit({ action: 'delegation.speaking_order_set', entityType: 'event', entityId: event.id, summary: { ids } });
    return overviewOf(tx, event.id);
  });
}

/** Back to the protocol's order: the organizers' positions forgotten. */
export async function restoreProtocolOrder({ db, actor, slug }: { db: Db; actor: Actor; slug: string }) {
  return eventOperation({ db, actor, slug, may: DELEGATION_POLICY.reorder }, async ({ tx, event, audit }) => {
    await repo.clearSpeakingPositions(tx, event.id);
    await audit({ action: 'delegation.speaking_order_cleared', entityType: 'event', entityId: event.id });
    return overviewOf(tx, event.id);
  });
}
