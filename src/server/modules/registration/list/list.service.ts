import type { RoleAccess } from '../../../../shared/access.js';
import type { Endorsement } from '../../../../shared/delegations.js';
import { LIST_POLICY } from '../../../../shared/policies.js';
import type {
  Figures,
  ListFilter,
  ListQuery,
  RegistrationListItem,
  RegistrationPage,
} from '../../../../shared/registrationList.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Db } from '../../../core/db/db.js';
import { notFound } from '../../../core/errors.js';
import { findEndorsements } from '../../delegations/endorsements.service.js';
import { eventRead } from '../../events/operation.service.js';
import { loadForm } from '../form.service.js';
import { viewOf } from '../registration.service.js';
import { registrationsCsv } from './csv.js';
import * as repo from './list.repo.js';

/**
 * An erased registration keeps what the anonymous counts need (country, sector,
 * category, attendance, status, dates) and shows nothing that names a person.
 */
export function presentListed(
  { row, waitlistPosition }: repo.ListedRow,
  eventSlug: string,
  endorsements: Map<string, Endorsement>,
): RegistrationListItem {
  const view = {
    ...viewOf(row, eventSlug, waitlistPosition),
    endorsedBy: endorsements.get(row.id) ?? null,
    staffNote: row.staffNote,
  };
  if (!row.erasedAt) return { ...view, isErased: false };
  return {
    ...view,
    name: '',
    email: '',
    organization: '',
    position: null,
    panels: [],
    answers: {},
    decisionReason: null,
    staffNote: null,
    isErased: true,
  };
}

const staffEvent = (db: Db, actor: Actor, slug: string, may: RoleAccess) => eventRead({ db, actor, slug, may });

export async function listRegistrations(options: {
  db: Db;
  actor: Actor;
  slug: string;
  query: ListQuery;
}): Promise<RegistrationPage> {
  const { db, actor, slug, query } = options;
  const event = await staffEvent(db, actor, slug, LIST_POLICY.readList);
  const { rows, total } = await repo.listPage(db, event.id, query);
  const endorsements = await findEndorsements({ db, registrationIds: rows.map(({ row }) => row.id) });
  return {
    items: rows.map((row) => presentListed(row, event.slug, endorsements)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getRegistration(options: {
  db: Db;
  actor: Actor;
  slug: string;
  id: string;
}): Promise<RegistrationListItem> {
  const { db, actor, slug, id } = options;
  const event = await staffEvent(db, actor, slug, LIST_POLICY.readList);
  const row = await repo.findListed(db, event.id, id);
  if (!row) throw notFound('registration');
  return presentListed(row, event.slug, await findEndorsements({ db, registrationIds: [id] }));
}

export async function registrationFigures(options: { db: Db; actor: Actor; slug: string }): Promise<Figures> {
  const { db, actor, slug } = options;
  const event = await staffEvent(db, actor, slug, LIST_POLICY.readFigures);
  const counts = await repo.countFigures(db, event.id, event.timeZone);
  const total = counts.byStatus.reduce((sum, c) => sum + c.count, 0);
  return { total, timeZone: event.timeZone, ...counts };
}

/** The matching registrations as CSV, with the event's questions as columns. */
export async function exportRegistrations(options: {
  db: Db;
  actor: Actor;
  slug: string;
  filter: ListFilter;
}): Promise<string> {
  const { db, actor, slug, filter } = options;
  const event = await staffEvent(db, actor, slug, LIST_POLICY.exportList);
  const form = await loadForm(db, event.id);
  const rows = await repo.listForExport(db, event.id, filter);
  return registrationsCsv(rows, form.questions);
}
