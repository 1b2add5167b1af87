import type { TrackerSettingsView } from '../../../../shared/commitmentViews.js';
import type { LocalizedText } from '../../../../shared/text.js';
import { type Reporting, standingAt } from '../../../../shared/tracker.js';
import type { Queryable } from '../../../core/db/db.js';
import { listNamedDelegations } from '../../delegations/voices.service.js';
import { describeEvent } from '../../events/events.service.js';
import type { EventRecord } from '../../events/operation.service.js';
import { adoptionTime, findAdopted } from '../../outcome/adoption.service.js';
import * as repo from '../commitments.repo.js';

export interface Entry {
  row: repo.CommitmentRow;
  deliverables: repo.DeliverableRow[];
  /** Oldest first. */
  reports: repo.ReportRow[];
  delegation: { country: string | null; name: LocalizedText };
}

/** Everything the tracker's figures are made from, read at one revision of the event's commitments. */
export interface Snapshot {
  revision: number;
  /** When the text it was made under was adopted: an adoption moves no revision, yet changes the frame. */
  adoptedAt: string | null;
  settings: TrackerSettingsView;
  /** Null until the text is adopted (and no other day is chosen): no period has begun. */
  reporting: Reporting | null;
  focusAreas: { id: string; title: LocalizedText }[];
  entries: Entry[];
  byId: Map<string, Entry>;
}

export const DEFAULT_SETTINGS = {
  periodMonths: 6,
  remindDaysBefore: 14,
  weighting: 'equal',
  isReviewRequired: true,
} as const;

/** The tracker's settings as they apply: the organizers' choices, else the defaults, from the adoption. */
export async function resolveSettings(db: Queryable, event: EventRecord, tracker?: repo.TrackerRow) {
  const row = tracker ?? (await repo.findTracker(db, event.id));
  const adopted = await findAdopted(db, event.id);
  const reportingFrom = row?.reportingFrom ?? (adopted ? new Date(adopted.adoptedAt) : null);
  const settings: TrackerSettingsView = {
    periodMonths: row?.periodMonths ?? DEFAULT_SETTINGS.periodMonths,
    reportingFrom: reportingFrom?.toISOString() ?? null,
    isReportingFromAdoption: !row?.reportingFrom,
    remindDaysBefore: row?.remindDaysBefore ?? DEFAULT_SETTINGS.remindDaysBefore,
    weighting: row?.weighting ?? DEFAULT_SETTINGS.weighting,
    isReviewRequired: row?.isReviewRequired ?? DEFAULT_SETTINGS.isReviewRequired,
  };
  const reporting = reportingFrom ? { from: reportingFrom, periodMonths: settings.periodMonths } : null;
  return { settings, reporting, adopted };
}

/** Items by a key, each group in the items' order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** What a snapshot is made of besides its entries: read whole on every build, a handful of rows. */
async function readFrame(db: Queryable, event: EventRecord) {
  const [{ settings, reporting, adopted }, described, delegations] = await Promise.all([
    resolveSettings(db, event),
    describeEvent(db, event),
    listNamedDelegations(db, event.id),
  ]);
  const delegationOf = new Map(delegations.map((d) => [d.id, { country: d.country, name: d.name }]));
  const focusAreas = described.focusAreas.map((a) => ({ id: a.id, title: a.title }));
  return { settings, reporting, focusAreas, delegationOf, adoptedAt: adopted?.adoptedAt ?? null };
}

/**
 * The commitments (all, or those changed after a revision) with their deliverables and reports,
 * and how many the event has now.
 */
async function readRows(db: Queryable, eventId: string, changedAfter?: number) {
  if (changedAfter === undefined) {
    const [rows, deliverables, reports] = await Promise.all([
      repo.listCommitments(db, eventId),
      repo.listDeliverables(db, eventId),
      repo.listReports(db, eventId),
    ]);
    return { rows, deliverables, reports, count: rows.length };
  }
  const [rows, count] = await Promise.all([
    repo.listCommitments(db, eventId, { changedAfter }),
    repo.countCommitments(db, eventId),
  ]);
  if (rows.length === 0) return { rows, deliverables: [], reports: [], count };
  const ids = rows.map((r) => r.id);
  const [deliverables, reports] = await Promise.all([
    repo.listDeliverables(db, eventId, ids),
    repo.listReports(db, eventId, ids),
  ]);
  return { rows, deliverables, reports, count };
}

// Past this many changed commitments (an import), reading everything again is as quick and simpler.
const PATCH_LIMIT = 1000;

const byRegistration = (a: Entry, b: Entry) =>
  a.row.registeredAt.getTime() - b.row.registeredAt.getTime() || (a.row.id < b.row.id ? -1 : 1);

/**
 * The snapshot at `revision`: from the previous one, only the commitments changed since are read
 * again (a write costs the next reader its own rows, not the event's); without one, everything.
 */
export async function buildSnapshot(db: Queryable, event: EventRecord, revision: number, previous?: Snapshot) {
  const since = previous && previous.revision < revision ? previous.revision : undefined;
  const [frame, { rows, deliverables, reports, count }] = await Promise.all([
    readFrame(db, event),
    readRows(db, event.id, since),
  ]);
  if (since !== undefined && rows.length > PATCH_LIMIT) return buildSnapshot(db, event, revision);
  const deliverablesOf = groupBy(deliverables, (d) => d.commitmentId);
  const reportsOf = groupBy(reports, (r) => r.commitmentId);
  const entryOf = (row: repo.CommitmentRow): Entry => ({
    row,
    deliverables: deliverablesOf.get(row.id) ?? [],
    reports: reportsOf.get(row.id) ?? [],
    delegation: frame.delegationOf.get(row.delegationId) ?? { country: null, name: {} },
  });
  const changed = new Map(rows.map((row) => [row.id, entryOf(row)]));
  let entries = [...changed.values()];
  if (since !== undefined && previous) {
    // The unchanged keep their rows; their delegation's name is read again with the frame.
    const kept = previous.entries.map(
      (e) => changed.get(e.row.id) ?? { ...e, delegation: frame.delegationOf.get(e.row.delegationId) ?? e.delegation },
    );
    const added = entries.filter((e) => !previous.byId.has(e.row.id));
    entries = added.length > 0 ? [...kept, ...added].sort(byRegistration) : kept;
    // Some were removed (a failed import takes back what it wrote): read everything again.
    if (entries.length !== count) return buildSnapshot(db, event, revision);
  }
  return {
    revision,
    adoptedAt: frame.adoptedAt,
    settings: frame.settings,
    reporting: frame.reporting,
    focusAreas: frame.focusAreas,
    entries,
    byId: new Map(entries.map((e) => [e.row.id, e])),
  };
}

// Per node, per event: patched when the event's revision moves (any node's write bumps it).
const cache = new Map<string, Promise<Snapshot>>();
const CACHED_EVENTS = 20;

const instantOf = (at: string | null) => (at === null ? null : Date.parse(at));

/** The snapshot at the event's current revision: two cheap queries when nothing changed. */
export async function snapshotOf(db: Queryable, event: EventRecord): Promise<Snapshot> {
  const [revision, adoptedAt] = await Promise.all([repo.trackerRevision(db, event.id), adoptionTime(db, event.id)]);
  const cached = cache.get(event.id);
  const previous = cached ? await cached.catch(() => undefined) : undefined;
  const isSameText = previous !== undefined && instantOf(previous.adoptedAt) === instantOf(adoptedAt);
  if (previous?.revision === revision && isSameText) return previous;
  // Another request may have started the same build meanwhile: join it.
  const current = cache.get(event.id);
  if (current && current !== cached) return current;
  // A text adopted since (or taken back) changes the focus areas and the periods: read it all again.
  const building = buildSnapshot(db, event, revision, isSameText ? previous : undefined);
  cache.delete(event.id);
  cache.set(event.id, building);
  if (cache.size > CACHED_EVENTS) cache.delete(cache.keys().next().value as string);
  building.catch(() => cache.delete(event.id));
  return building;
}

/** An entry's standing at `now` (awaiting its first report while no period has begun). */
export function standingOf(snapshot: Snapshot, entry: Entry, now: Date) {
  const facts = {
    registeredAt: entry.row.registeredAt,
    isCompletionConfirmed: entry.row.completionConfirmedAt !== null,
  };
  if (!snapshot.reporting)
    return {
      status: 'awaiting_first_report' as const,
      isLate: false,
      nextPeriod: null,
      nextDue: null,
      missedPeriods: 0,
    };
  return standingAt(snapshot.reporting, facts, entry.reports, now);
}
