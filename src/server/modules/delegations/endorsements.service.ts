import type { Endorsement } from '../../../shared/delegations.js';
import type { Queryable } from '../../core/db/db.js';
import * as repo from './delegations.repo.js';

/**
 * For the secretariat's list of registrations: which delegation endorsed each one
 * (registrations no delegation endorsed are left out). Called by the registration module.
 */
export async function findEndorsements(options: {
  db: Queryable;
  registrationIds: string[];
}): Promise<Map<string, Endorsement>> {
  const rows = await repo.listEndorsements(options.db, options.registrationIds);
  return new Map(
    rows.map(({ registrationId, ...endorsement }) => [
      registrationId,
      {
        delegationId: endorsement.delegationId,
        country: endorsement.country,
        name: endorsement.name,
        role: endorsement.role,
      },
    ]),
  );
}
