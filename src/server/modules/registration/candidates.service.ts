import type { DelegateCandidate } from '../../../shared/delegations.js';
import type { Language } from '../../../shared/text.js';
import type { Queryable } from '../../core/db/db.js';
import * as repo from './candidates.repo.js';
import { newCheckInCode, newLinkKey } from './link.js';

export type { CandidateScope } from './candidates.repo.js';

/**
 * For the delegations module: the delegate registrations a delegation may endorse, and the
 * people behind its members' registrations. The queries stay here, beside the registrations.
 */
export function listDelegateCandidates(
  db: Queryable,
  eventId: string,
  delegation: repo.CandidateScope,
): Promise<DelegateCandidate[]> {
  return repo.listCandidates(db, eventId, delegation);
}

/** Whether the registration is an active delegate registration of the delegation's country (or organisation). */
export function isDelegateCandidate(
  db: Queryable,
  eventId: string,
  delegation: repo.CandidateScope,
  registrationId: string,
): Promise<boolean> {
  return repo.isCandidate(db, eventId, delegation, registrationId);
}

export type MemberPerson = Awaited<ReturnType<typeof repo.listPeople>>[number];

/** The person of each registration, by its id; erased registrations are left out. */
export async function findMemberPeople(db: Queryable, registrationIds: string[]): Promise<Map<string, MemberPerson>> {
  const rows = await repo.listPeople(db, [...new Set(registrationIds)]);
  return new Map(rows.map((row) => [row.registrationId, row]));
}

/** A head of delegation registered by their delegation, already confirmed, at the date given. */
export interface DelegateEntry {
  /** Chosen by the caller, who records the registration elsewhere too. */
  id: string;
  name: string;
  email: string;
  country: string;
  organization: string;
  position: string;
  language: Language;
  consentVersion: string;
  at: Date;
}

/**
 * Delegate registrations that a delegation's secretariat sent in, confirmed in person (the
 * demo's heads of delegation, registered in the past). The caller's transaction audits them.
 */
export async function registerConfirmedDelegates(tx: Queryable, eventId: string, people: DelegateEntry[]) {
  const rows = people.map(({ at, ...person }) => ({
    ...person,
    eventId,
    category: 'delegate',
    sector: 'government' as const,
    attendance: 'in_person' as const,
    consentedAt: at,
    status: 'confirmed' as const,
    linkKey: newLinkKey(),
    checkInCode: newCheckInCode(),
    createdAt: at,
    updatedAt: at,
  }));
  await repo.insertDelegates(tx, rows);
}

/** For other modules' demo seeds: confirmed registrants of the event to act as (asking, voting). */
export const findConfirmedRegistrations = (db: Queryable, eventId: string, count: number) =>
  repo.listConfirmedIds(db, eventId, count);
