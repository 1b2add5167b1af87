import type { Queryable } from './db/db.js';

/** What a module removes or anonymises of its own when registrations are erased, in the erasure's transaction. */
export type ErasureStep = (tx: Queryable, registrationIds: string[]) => Promise<void>;

const steps = new Set<ErasureStep>();

/** app.ts adds each module's step (its manifest's `onErase`) when it builds the app. */
export function addErasureStep(step: ErasureStep): void {
  steps.add(step);
}

/** Called by the registration module's erasure with the registrations it erased. */
export async function eraseElsewhere(tx: Queryable, registrationIds: string[]): Promise<void> {
  if (registrationIds.length === 0) return;
  for (const step of steps) await step(tx, registrationIds);
}
