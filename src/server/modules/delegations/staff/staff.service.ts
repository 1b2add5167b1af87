import type { CreateDelegationInput, UpdateDelegationSettingsInput } from '../../../../shared/delegations.js';
import { DELEGATION_POLICY } from '../../../../shared/policies.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Db } from '../../../core/db/db.js';
import { AppError, invalidField } from '../../../core/errors.js';
import { type IdempotencyClaim, recordAnswer } from '../../../core/idempotency/idempotency.js';
import { listStatementThemes } from '../../events/events.service.js';
import { eventOperation, eventRead } from '../../events/operation.service.js';
import * as repo from '../delegations.repo.js';
import { overviewOf } from '../delegations.view.js';

/** Staff: every delegation with its people, theme and statement, in speaking order. */
export async function readOverview({ db, actor, slug }: { db: Db; actor: Actor; slug: string }) {
  const event = await eventRead({ db, actor, slug, may: DELEGATION_POLICY.readOverview });
  return overviewOf(db, event.id);
}

/** One delegation per invited country that has none yet; answers how many were made. */
export async function createInvitedDelegations({ db, actor, slug }: { db: Db; actor: Actor; slug: string }) {
  return eventOperation({ db, actor, slug, may: DELEGATION_POLICY.create }, async ({ tx, event, audits }) => {
    const existing = new Set((await repo.listDelegations(tx, event.id)).map((d) => d.country));
    const missing = event.invitedCountries.filter((country) => !existing.has(country));
    const created = await repo.insertDelegations(
      tx,
      missing.map((country) => ({ eventId: event.id, kind: 'country' as const, country })),
    );
    await audits(
      created.map((row) => ({
        action: 'delegation.created',
        entityType: 'delegation',
        entityId: row.id,
        summary: { kind: row.kind, country: row.country },
      })),
    );
    return { created: created.length };
  });
}

export async function createDelegation(options: {
  db: Db;
  actor: Actor;
  slug: string;
  input: CreateDelegationInput;
  idempotency?: IdempotencyClaim | null;
}) {
  const { db, actor, slug, input } = options;
  return eventOperation({ db, actor, slug, may: DELEGATION_POLICY.create }, async ({ tx, event, audit }) => {
    const values =
      input.kind === 'country'
        ? { eventId: event.id, kind: input.kind, country: input.country }
        : { eventId: event.id, kind: input.kind, name: input.name };
    const [row] = await repo.insertDelegations(tx, [values]);
    if (!row) {
      throw new AppError('delegation.exists', 'This country has a delegation already.', [
        { field: 'country', code: 'field.taken', message: 'has a delegation already' },
      ]);
    }
    await audit({
      action: 'delegation.created',
      entityType: 'delegation',
      entityId: row.id,
      summary: { kind: row.kind, country: row.country },
    });
    const overview = await overviewOf(tx, event.id);
    const view = overview.delegations.find((d) => d.id === row.id);
    if (!view) throw new Error('created delegation not found');
    await recordAnswer(tx, options.idempotency ?? null, view, row.id);
    return view;
  });
}

export async function updateSettings(options: {
  db: Db;
  actor: Actor;
  slug: string;
  input: UpdateDelegationSettingsInput;
}) {
  const { db, actor, slug, input } = options;
  return eventOperation({ db, actor, slug, may: DELEGATION_POLICY.updateSettings }, async ({ tx, event, audit }) => {
    await repo.lockSettings(tx, event.id);
    if (input.themeQuotas) {
      const themes = new Set((await listStatementThemes(tx, event.id)).map((t) => t.id));
      const unknown = Object.keys(input.themeQuotas).find((id) => !themes.has(id));
      if (unknown) throw invalidField(`themeQuotas.${unknown}`, 'field.not_found', "is not one of this event's themes");
    }
    const statementDeadline =
      input.statementDeadline === undefined
        ? undefined
        : input.statementDeadline === null
          ? null
          : new Date(input.statementDeadline);
    await repo.saveSettings(tx, event.id, { statementDeadline, themeQuotas: input.themeQuotas });
    await audit({
      action: 'delegation.settings_updated',
      entityType: 'event',
      entityId: event.id,
      summary: { statementDeadline: input.statementDeadline, themeQuotas: input.themeQuotas },
    });
    return overviewOf(tx, event.id);
  });
}
