import type {
  DelegationMember,
  DelegationOverview,
  DelegationSettings,
  DelegationView,
  PublicDelegation,
  PublicDelegationDetail,
  ThemeUptake,
} from '../../../shared/delegations.js';
import { listFocalPoints } from '../../core/auth/accounts.js';
import type { Queryable } from '../../core/db/db.js';
import { listStatementThemes } from '../events/events.service.js';
import { findMemberPeople, type MemberPerson } from '../registration/candidates.service.js';
import * as repo from './delegations.repo.js';
import { orderSpeakers } from './speaking/speaking.js';

type MemberWithPerson = Omit<MemberPerson, 'registrationId'> & { member: repo.MemberRow };
type FocalPoint = Awaited<ReturnType<typeof listFocalPoints>>[number];

/** Everything about an event's delegations, read in a handful of queries, in speaking order. */
export interface DelegationBook {
  settings: DelegationSettings;
  deadline: Date | null;
  themes: ThemeUptake[];
  ordered: {
    row: repo.DelegationRow;
    members: MemberWithPerson[];
    head: MemberWithPerson | undefined;
    speakingOrder: number;
  }[];
  focalPoints: FocalPoint[];
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function presentSettings(row: repo.SettingsRow | undefined): DelegationSettings {
  return { statementDeadline: iso(row?.statementDeadline ?? null), themeQuotas: row?.themeQuotas ?? {} };
}

/** Each member with the person of its registration; members whose registration is erased are left out. */
export async function withPeople(db: Queryable, members: repo.MemberRow[]): Promise<MemberWithPerson[]> {
  const people = await findMemberPeople(
    db,
    members.map((m) => m.registrationId),
  );
  return members.flatMap((member) => {
    const person = people.get(member.registrationId);
    if (!person) return [];
    const { registrationId: _registrationId, ...details } = person;
    return [{ member, ...details }];
  });
}

export async function loadBook(db: Queryable, eventId: string): Promise<DelegationBook> {
  const [rows, themes, settingsRow, focalPoints] = [
    await repo.listDelegations(db, eventId),
    await listStatementThemes(db, eventId),
    await repo.findSettings(db, eventId),
    await listFocalPoints(db, eventId),
  ];
  const members = await withPeople(
    db,
    await repo.listMembers(
      db,
      rows.map((r) => r.id),
    ),
  );
  const byDelegation = new Map<string, MemberWithPerson[]>();
  for (const member of members) {
    byDelegation.set(member.member.delegationId, [...(byDelegation.get(member.member.delegationId) ?? []), member]);
  }
  const settings = presentSettings(settingsRow);
  const speakers = rows.map((row) => {
    const own = byDelegation.get(row.id) ?? [];
    const head = own.find((m) => m.member.role === 'head');
    return { ...row, row, members: own, head, headRank: head ? head.member.rank : undefined };
  });
  const ordered = orderSpeakers(speakers).map(({ row, members: own, head }, index) => ({
    row,
    members: own,
    head,
    speakingOrder: index + 1,
  }));
  return {
    settings,
    deadline: settingsRow?.statementDeadline ?? null,
    themes: themes.map((theme) => ({
      id: theme.id,
      title: theme.title,
      quota: settings.themeQuotas[theme.id] ?? null,
      taken: rows.filter((r) => r.themeId === theme.id).length,
    })),
    ordered,
    focalPoints,
  };
}

type Entry = DelegationBook['ordered'][number];

function presentPublic(book: DelegationBook, { row, head, speakingOrder }: Entry): PublicDelegation {
  const theme = book.themes.find((t) => t.id === row.themeId);
  return {
    id: row.id,
    kind: row.kind,
    country: row.country,
    name: row.name,
    theme: theme ? { id: theme.id, title: theme.title } : null,
    head: head ? { name: head.name, rank: head.member.rank } : null,
    hasStatement: row.statementSubmittedAt !== null,
    isConfirmed: row.confirmedAt !== null,
    speakingOrder,
  };
}

export function presentPublicDetail(book: DelegationBook, entry: Entry): PublicDelegationDetail {
  const isSubmitted = entry.row.statementSubmittedAt !== null;
  return {
    ...presentPublic(book, entry),
    statement: isSubmitted ? entry.row.statement : {},
    statementVideoUrl: isSubmitted ? entry.row.statementVideoUrl : null,
    statementSubmittedAt: iso(entry.row.statementSubmittedAt),
  };
}

export const presentPublicList = (book: DelegationBook) => ({
  themes: book.themes.map(({ id, title }) => ({ id, title })),
  delegations: book.ordered.map((entry) => presentPublic(book, entry)),
});

function presentMember({ member, ...person }: MemberWithPerson): DelegationMember {
  return {
    id: member.id,
    registrationId: member.registrationId,
    name: person.name,
    email: person.email,
    organization: person.organization,
    position: person.position,
    role: member.role,
    rank: member.rank,
    status: person.status,
    endorsedAt: iso(member.endorsedAt),
  };
}

/** The full view, for the delegation's focal point and the event's staff. */
export function presentDelegation(book: DelegationBook, entry: Entry): DelegationView {
  return {
    ...presentPublicDetail(book, entry),
    // Its own people see the draft too, submitted or not.
    statement: entry.row.statement,
    statementVideoUrl: entry.row.statementVideoUrl,
    themeChosenAt: iso(entry.row.themeChosenAt),
    confirmedAt: iso(entry.row.confirmedAt),
    speakingPosition: entry.row.speakingPosition,
    members: entry.members.map(presentMember),
    focalPoints: book.focalPoints
      .filter((f) => f.delegationId === entry.row.id)
      .map(({ accountId, name, email }) => ({ accountId, name, email })),
  };
}

export const isPastDeadline = (book: Pick<DelegationBook, 'deadline'>, now = new Date()) =>
  book.deadline !== null && now.getTime() > book.deadline.getTime();

/** The staff's overview: the settings, the themes and every delegation in full, in speaking order. */
export async function overviewOf(db: Queryable, eventId: string): Promise<DelegationOverview> {
  const book = await loadBook(db, eventId);
  return {
    settings: book.settings,
    themes: book.themes,
    delegations: book.ordered.map((entry) => presentDelegation(book, entry)),
  };
}
