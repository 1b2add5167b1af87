import { LANGUAGES } from '../../../../shared/constants.js';
import type { PublishedOutcome } from '../../../../shared/outcome.js';
import { COMMITMENT_POLICY } from '../../../../shared/policies.js';
import type { LocalizedText } from '../../../../shared/text.js';
import { periodAt, progressOf } from '../../../../shared/tracker.js';
import { ANONYMOUS } from '../../../core/auth/actor.js';
import type { Db } from '../../../core/db/db.js';
import { type EventRecord, eventRead } from '../../events/operation.service.js';
import { findAdopted } from '../../outcome/adoption.service.js';
import { type Computed, figuresOf } from '../tracker/tracker.figures.js';
import { type Snapshot, snapshotOf } from '../tracker/tracker.snapshot.js';
import type { CommitmentRecord, ReportRecord } from './opendata.records.js';

const iso = (at: Date | null) => at?.toISOString() ?? null;

/** The published commitments and their reports as open data records, with what the files say around them. */
export interface OpenData {
  event: EventRecord;
  revision: number;
  period: number;
  /** The languages the texts are in: English and Indonesian always, then any other the records use. */
  languages: string[];
  commitments: CommitmentRecord[];
  /** Oldest first. */
  reports: ReportRecord[];
}

/** Where the adopted text numbers a focus area (its section, from 1) and a paragraph ("1", "2"...). */
export function numbering(adopted: PublishedOutcome | null) {
  const sections = adopted?.content.sections ?? [];
  return {
    areaNumber: new Map(sections.map((s, i) => [s.focusAreaId, i + 1])),
    paragraphNumber: new Map(Object.entries(adopted?.numbers ?? {})),
  };
}

function commitmentRecord(snapshot: Snapshot, numbers: ReturnType<typeof numbering>, c: Computed): CommitmentRecord {
  const { row, delegation, deliverables } = c.entry;
  const area = snapshot.focusAreas.find((a) => a.id === row.focusAreaId);
  return {
    id: row.id,
    country: delegation.country,
    delegation_name: delegation.name,
    focus_area: numbers.areaNumber.get(row.focusAreaId) ?? 0,
    focus_area_title: area?.title.en ?? '',
    paragraphs: row.paragraphIds.flatMap((id) => {
      const n = numbers.paragraphNumber.get(id);
      return n ? [n] : [];
    }),
    title: row.title,
    description: row.description,
    type: row.type,
    priority: row.priority,
    starts_on: row.startsOn,
    ends_on: row.endsOn,
    partner_countries: row.partnerCountries,
    partner_organisations: row.partnerOrganisations,
    lead: row.lead,
    baseline: row.baseline,
    target: row.target,
    began_before: row.beganBefore,
    weight: row.weight,
    registered_at: row.registeredAt.toISOString(),
    published_at: iso(row.publishedAt),
    completion_confirmed_at: iso(row.completionConfirmedAt),
    status: c.standing.status,
    progress: c.progress,
    deliverables: deliverables.map((d, i) => ({
      id: d.id,
      position: i + 1,
      title: d.title,
      due_on: d.dueOn,
      weight: d.weight,
    })),
  };
}

function reportRecords(snapshot: Snapshot, published: Computed[]): ReportRecord[] {
  const records: ReportRecord[] = [];
  for (const c of published) {
    const { deliverables, reports, delegation } = c.entry;
    for (const report of reports)
      records.push({
        id: report.id,
        commitment_id: report.commitmentId,
        country: delegation.country,
        submitted_at: report.submittedAt.toISOString(),
        period: snapshot.reporting ? periodAt(snapshot.reporting, report.submittedAt) : 0,
        status: report.status,
        progress: progressOf(deliverables, report.progress),
        deliverable_progress: deliverables.map((d, i) => ({
          position: i + 1,
          deliverable_id: d.id,
          progress: report.progress[d.id] ?? 0,
        })),
        narrative: report.narrative,
        evidence: report.evidence,
      });
  }
  return records.sort((a, b) =>
    a.submitted_at === b.submitted_at ? (a.id < b.id ? -1 : 1) : a.submitted_at < b.submitted_at ? -1 : 1,
  );
}

function languagesOf(commitments: CommitmentRecord[], reports: ReportRecord[]): string[] {
  const found = new Set<string>(LANGUAGES);
  const add = (text: LocalizedText) => {
    for (const tag of Object.keys(text)) found.add(tag);
  };
  for (const c of commitments) {
    add(c.title);
    add(c.description);
  }
  for (const r of reports) add(r.narrative);
  const others = [...found].filter((l) => !(LANGUAGES as readonly string[]).includes(l)).sort();
  return [...LANGUAGES, ...others];
}

// Per snapshot (one revision of the event's commitments), period (standings move when one ends)
// and version of the event's own row (its name is in the files).
const built = new WeakMap<Snapshot, { key: string; data: Promise<OpenData> }>();

async function build(db: Db, event: EventRecord, snapshot: Snapshot, now: Date): Promise<OpenData> {
  const figures = figuresOf(snapshot, now);
  const numbers = numbering(await findAdopted(db, event.id));
  const published = figures.all.filter((c) => c.entry.row.reviewState === 'published');
  const commitments = published.map((c) => commitmentRecord(snapshot, numbers, c));
  const reports = reportRecords(snapshot, published);
  return {
    event,
    revision: snapshot.revision,
    period: figures.period,
    languages: languagesOf(commitments, reports),
    commitments,
    reports,
  };
}

/** The event's open data now: built once per revision and period on a node, then shared by every file. */
export async function readOpenData(request: { db: Db; slug: string; now?: Date }): Promise<OpenData> {
  const event = await eventRead({ ...request, actor: ANONYMOUS, may: COMMITMENT_POLICY.readPublic });
  const snapshot = await snapshotOf(request.db, event);
  const now = request.now ?? new Date();
  const period = figuresOf(snapshot, now).period;
  const key = `${period} ${event.updatedAt.getTime()}`;
  const known = built.get(snapshot);
  if (known?.key === key) return known.data;
  const data = build(request.db, event, snapshot, now);
  built.set(snapshot, { key, data });
  data.catch(() => built.delete(snapshot));
  return data;
}
