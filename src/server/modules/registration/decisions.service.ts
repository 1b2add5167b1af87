import { REGISTRATION_POLICY } from '../../../shared/policies.js';
import type { DecisionInput, RegistrationStatus } from '../../../shared/registration.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db } from '../../core/db/db.js';
import { AppError, type FieldError } from '../../core/errors.js';
import { eventOperation } from '../events/operation.service.js';
import { type LinkSettings, placementOf } from './form.service.js';
import { mailUpdate, placeInPerson, promoteFromWaitlist } from './placement.js';
import * as repo from './registration.repo.js';

/** Which statuses each decision applies to: approve accredits, decline may also withdraw a place. */
const DECIDABLE: Record<DecisionInput['decision'], ReadonlySet<RegistrationStatus>> = {
  approve: new Set(['pending']),
  decline: new Set(repo.ACTIVE_STATUSES),
};

/**
 * The secretariat's decision on one or many registrations, all or nothing: each is
 * audited and mailed with the reason; places a decline frees go to the waiting list.
 */
export async function decideRegistrations(options: {
  db: Db;
  actor: Actor;
  slug: string;
  input: DecisionInput;
  links: LinkSettings;
}): Promise<{ changed: { id: string; status: RegistrationStatus }[] }> {
  const { input } = options;
  return eventOperation({ ...options, may: REGISTRATION_POLICY.decide, lock: true }, async (scope) => {
    const { tx, actor } = scope;
    const ctx = await placementOf(tx, scope.event, options.links);
    const ids = [...new Set(input.ids)];
    const rows = await repo.findForUpdate(tx, ctx.event.id, ids);
    const found = new Map(rows.map((row) => [row.id, row]));
    const errors = ids.flatMap((id, index): FieldError[] => {
      const row = found.get(id);
      if (!row)
        return [{ field: `ids.${index}`, code: 'field.not_found', message: 'is not a registration of this event' }];
      if (!DECIDABLE[input.decision].has(row.status)) {
        return [
          {
            field: `ids.${index}`,
            code: 'field.wrong_state',
            message: `is ${row.status}, which cannot be ${input.decision}d`,
          },
        ];
      }
      return [];
    });
    if (errors.length > 0) {
      throw new AppError('registration.not_decidable', 'Some registrations cannot take this decision.', errors);
    }
    const changed: { id: string; status: RegistrationStatus }[] = [];
    for (const before of rows) {
      const status =
        input.decision === 'decline'
          ? 'declined'
          : before.attendance === 'in_person'
            ? await placeInPerson(tx, ctx)
            : 'confirmed';
      const row = await repo.updateRegistration(tx, before.id, {
        status,
        decisionReason: input.reason || null,
        decidedAt: new Date(),
        decidedBy: actor.accountId,
      });
      await mailUpdate(tx, ctx, row);
      await scope.audit({
        action: `registration.${input.decision}d`,
        entityType: 'registration',
        entityId: row.id,
        // The reason stays on the registration (erased with it), not in the log.
        summary: { from: before.status, status, hasReason: Boolean(input.reason) },
      });
      changed.push({ id: row.id, status });
    }
    const promoted = await promoteFromWaitlist(tx, { ...ctx, actorId: actor.accountId });
    return { changed: [...changed, ...promoted.map((row) => ({ id: row.id, status: row.status }))] };
  });
}
