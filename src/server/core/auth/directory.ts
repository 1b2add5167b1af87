import type { Queryable } from '../db/db.js';

/**
 * What a session needs to know of records that modules own: the address (slug) of the
 * events a person holds roles in, and the registration a personal link's session opens.
 * core/auth imports no module; app.ts hands it these, built from the modules' services.
 */
export interface SessionDirectory {
  eventSlugs: (db: Queryable, eventIds: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  /** The registration's event and name; null once it is erased or gone. */
  registrationOfSession: (
    db: Queryable,
    registrationId: string,
  ) => Promise<{ eventId: string; eventSlug: string; name: string } | null>;
}
