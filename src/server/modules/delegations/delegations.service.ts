import { countryName } from '../../../shared/countries.js';
import type {
  CreateDelegationInput,
  DelegationOverview,
  InviteFocalPointInput,
  UpdateDelegationSettingsInput,
} from '../../../shared/delegations.js';
import { DELEGATION_POLICY } from '../../../shared/policies.js';
import { type Language, pickText } from '../../../shared/text.js';
import { recordAudit, recordAudits } from '../../core/audit/audit.js';
import { type Actor, requireEventRole } from '../../core/auth/actor.js';
import * as authRepo from '../../core/auth/auth.repo.js';
import { issueMagicLink } from '../../core/auth/auth.service.js';
import type { Db, Queryable } from '../../core/db/db.js';
import { AppError, invalidField, notFound } from '../../core/errors.js';
import { type IdempotencyClaim, recordAnswer } from '../../core/idempotency/idempotency.js';
import { enqueueMail } from '../../core/mail/outbox.js';
import { getEventRow } from '../events/events.service.js';
import * as repo from './delegations.repo.js';
import { loadBook, presentDelegation } from './delegations.view.js';

/** An invitation stays usable long enough for a ministry's mail to reach the person. */
const INVITATION_MINUTES = 7 * 24 * 60;

async function overviewOf(db: Queryable, eventId: string): Promise<DelegationOverview> {
  const book = await loadBook(db, eventId);
  return {
    settings: book.settings,
    themes: book.themes,
    delegations: book.ordered.map((entry) => presentDelegation(book, entry)),
  };
}

/** Staff: every delegation with its people, theme and statement, in speaking order. */
export async function readOverview({ db, actor, slug }: { db: Db; actor: Actor; slug: string }) {
  const event = await getEventRow(db, slug);
  requireEventRole(actor, event.id, DELEGATION_POLICY.readOverview);
  return overviewOf(db, event.id);
}

/** One delegation per invited country that has none yet; answers how many were made. */
export async function createInvitedDelegations({ db, actor, slug }: { db: Db; actor: Actor; slug: string }) {
  return db.transaction(async (tx) => {
    const event = await getEventRow(tx, slug);
    requireEventRole(actor, event.id, DELEGATION_POLICY.create);
    const existing = new Set((await repo.listDelegations(tx, event.id)).map((d) => d.country));
    const missing = event.invitedCountries.filter((country) => !existing.has(country));
    const created = await repo.insertDelegations(
      tx,
      missing.map((country) => ({ eventId: event.id, kind: 'country' as const, country })),
    );
    await recordAudits(
      tx,
      created.map((row) => ({
        eventId: event.id,
        actorId: actor.accountId,
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
  const { db, actor, input } = options;
  return db.transaction(async (tx) => {
    const event = await getEventRow(tx, options.slug);
    requireEventRole(actor, event.id, DELEGATION_POLICY.create);
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
    await recordAudit(tx, {
      eventId: event.id,
      actorId: actor.accountId,
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

/** The name a mail gives the delegation, in the reader's language. */
export function delegationName(row: Pick<repo.DelegationRow, 'country' | 'name'>, language: Language): string {
  if (row.country) return countryName(row.country, language);
  return pickText(row.name, language);
}

/**
 * Makes the person the delegation's focal point (with an account if they have none)
 * and mails them, in their language: a sign-in link to the delegation's page when the
 * account is new, else a notice that sends them to the sign-in page.
 */
export async function inviteFocalPoint(options: {
  db: Db;
  actor: Actor;
  slug: string;
  delegationId: string;
  input: InviteFocalPointInput;
  publicUrl: string;
}) {
  const { db, actor, input } = options;
  return db.transaction(async (tx) => {
    const event = await getEventRow(tx, options.slug);
    requireEventRole(actor, event.id, DELEGATION_POLICY.inviteFocalPoint);
    const delegation = await repo.findDelegation(tx, event.id, options.delegationId);
    if (!delegation) throw notFound('delegation');
    let account = await authRepo.findAccountByEmail(tx, input.email);
    const isNewAccount = !account;
    if (!account) {
      if (!input.name)
        throw invalidField(
          'name',
          'field.required',
          'is required for a person with no account yet',
          'role.name_required',
        );
      account = await authRepo.insertAccount(tx, { email: input.email, name: input.name, language: input.language });
      await recordAudit(tx, {
        eventId: event.id,
        actorId: actor.accountId,
        action: 'account.created',
        entityType: 'account',
        entityId: account.id,
      });
    }
    const current = await repo.findFocalDelegationId(tx, event.id, account.id);
    if (current && current !== delegation.id) {
      throw new AppError('delegation.focal_point_elsewhere', 'This person is the focal point of another delegation.', [
        { field: 'email', code: 'field.taken', message: 'is the focal point of another delegation' },
      ]);
    }
    await repo.insertFocalPoint(tx, { eventId: event.id, accountId: account.id, delegationId: delegation.id });
    const language = input.language ?? (account.language === 'id' ? 'id' : 'en');
    const next = `/events/${event.slug}/delegation`;
    const common = {
      name: account.name,
      delegation: delegationName(delegation, language),
      event: pickText(event.name, language) || event.slug,
    };
    // An account that existed gets no credential: the staff who named the address are not its owner.
    const mail = isNewAccount
      ? {
          template: 'delegation_focal_point' as const,
          params: {
            ...common,
            link: await issueMagicLink(tx, {
              accountId: account.id,
              publicUrl: options.publicUrl,
              minutes: INVITATION_MINUTES,
              redirectTo: next,
            }),
            days: INVITATION_MINUTES / (24 * 60),
          },
        }
      : {
          template: 'delegation_focal_point_notice' as const,
          params: { ...common, signInPage: `${options.publicUrl}/sign-in?${new URLSearchParams({ next })}` },
        };
    await enqueueMail(tx, { to: account.email, language, eventId: event.id, ...mail });
    await recordAudit(tx, {
      eventId: event.id,
      actorId: actor.accountId,
      action: 'delegation.focal_point_invited',
      entityType: 'delegation',
      entityId: delegation.id,
      summary: { accountId: account.id },
    });
    return { accountId: account.id, email: account.email, name: account.name };
  });
}

export async function updateSettings(options: {
  db: Db;
  actor: Actor;
  slug: string;
  input: UpdateDelegationSettingsInput;
}) {
  const { db, actor, input } = options;
  return db.transaction(async (tx) => {
    const event = await getEventRow(tx, options.slug);
    requireEventRole(actor, event.id, DELEGATION_POLICY.updateSettings);
    await repo.lockSettings(tx, event.id);
    if (input.themeQuotas) {
      const themes = new Set((await repo.listThemes(tx, event.id)).map((t) => t.id));
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
    await recordAudit(tx, {
      eventId: event.id,
      actorId: actor.accountId,
      action: 'delegation.settings_updated',
      entityType: 'event',
      entityId: event.id,
      summary: { statementDeadline: input.statementDeadline, themeQuotas: input.themeQuotas },
    });
    return overviewOf(tx, event.id);
  });
}

/** Organizers' own speaking order: every delegation of the event, each once. */
export async function reorderSpeakers(options: { db: Db; actor: Actor; slug: string; ids: string[] }) {
  const { db, actor, ids } = options;
  return db.transaction(async (tx) => {
    const event = await getEventRow(tx, options.slug);
    requireEventRole(actor, event.id, DELEGATION_POLICY.reorder);
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
    await recordAudit(tx, {
      eventId: event.id,
      actorId: actor.accountId,
      action: 'delegation.speaking_order_set',
      entityType: 'event',
      entityId: event.id,
      summary: { ids },
    });
    return overviewOf(tx, event.id);
  });
}

export async function restoreProtocolOrder({ db, actor, slug }: { db: Db; actor: Actor; slug: string }) {
  return db.transaction(async (tx) => {
    const event = await getEventRow(tx, slug);
    requireEventRole(actor, event.id, DELEGATION_POLICY.reorder);
    await repo.clearSpeakingPositions(tx, event.id);
    await recordAudit(tx, {
      eventId: event.id,
      actorId: actor.accountId,
      action: 'delegation.speaking_order_cleared',
      entityType: 'event',
      entityId: event.id,
    });
    return overviewOf(tx, event.id);
  });
}
