/**
 * Where an event stands in time, one rule for every page that says so (the event page, the
 * programme, the register page). It imports nothing, so browser bundles take it whole.
 */

/** The event has ended once its last minute is past: from its end on, the public pages say it took place. */
export function hasEventEnded(event: { endsAt: string }, now: Date = new Date()): boolean {
  return now.getTime() >= Date.parse(event.endsAt);
}
