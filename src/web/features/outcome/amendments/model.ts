import type {
  AmendmentStatus,
  AmendmentView,
  OutcomeStage,
  Position,
  WorkingDocument,
} from '../../../../shared/outcome.js';
import { numberParagraphs } from '../notes.js';

// The amendment queue worked out from the working document: its paragraphs in order, the
// amendments grouped under them, the filters kept in the address. Pure, so it is tested alone.

// Every status once, in the order a reader follows them: a record, so the compiler says when one is
// missing (src/shared/outcome.ts's list would bring zod into the page's bundle).
const STATUS_ORDER: Record<AmendmentStatus, number> = {
  proposed: 1,
  withdrawn: 2,
  accepted: 3,
  merged: 4,
  rejected: 5,
};
export const STATUSES = Object.keys(STATUS_ORDER) as AmendmentStatus[];

/** The language amendments are written in (AUTHORITATIVE_LANGUAGE of src/shared/outcome.ts, kept out of the bundle). */
export const AUTHORITATIVE_LANGUAGE = 'en';

/** The stages in which the chair decides and the delegations take positions (amendments.service.ts). */
const OPEN_STAGES: readonly OutcomeStage[] = ['amendments', 'negotiation'];
export const isOpenStage = (stage: OutcomeStage) => OPEN_STAGES.includes(stage);

export interface QueueParagraph {
  id: string;
  /** As printed: "PP1" in the preamble, "1", "2"... in the sections; null for one no longer in the text. */
  number: string | null;
  /** Today's text in the authoritative language; for a paragraph gone, its last text an amendment saw. */
  text: string;
  /** The focus area's heading, by language; null for the preamble and for a paragraph gone. */
  section: Record<string, string> | null;
}

export interface ParagraphGroupData {
  paragraph: QueueParagraph;
  amendments: AmendmentView[];
}

export interface AmendmentFilters {
  paragraph: string;
  delegation: string;
  status: AmendmentStatus | '';
}

export const NO_FILTERS: AmendmentFilters = { paragraph: '', delegation: '', status: '' };
const FILTER_KEYS = ['paragraph', 'delegation', 'status'] as const;

const isStatus = (value: string | null): value is AmendmentStatus =>
  value !== null && Object.hasOwn(STATUS_ORDER, value);

/** The paragraphs of today's text in the document's order, with their numbers. */
export function paragraphsOf(doc: Pick<WorkingDocument, 'content'>, language: string): QueueParagraph[] {
  const numbers = numberParagraphs(doc.content);
  const of = (p: { id: string; text: Record<string, string> }, section: QueueParagraph['section']) => ({
    id: p.id,
    number: numbers[p.id] ?? null,
    text: p.text[language] ?? '',
    section,
  });
  return [
    ...doc.content.preamble.map((p) => of(p, null)),
    ...doc.content.sections.flatMap((s) => s.paragraphs.map((p) => of(p, s.heading))),
  ];
}

/**
 * The amendments under their paragraphs, in the document's order; those on a paragraph no longer
 * in the text (a deletion taken in) come last, in the order they were proposed.
 */
export function groupByParagraph(paragraphs: QueueParagraph[], amendments: AmendmentView[]): ParagraphGroupData[] {
  const byParagraph = new Map<string, AmendmentView[]>();
  for (const amendment of amendments) {
    byParagraph.set(amendment.paragraphId, [...(byParagraph.get(amendment.paragraphId) ?? []), amendment]);
  }
  const known = new Set(paragraphs.map((p) => p.id));
  const inText = paragraphs
    .filter((p) => byParagraph.has(p.id))
    .map((paragraph) => ({ paragraph, amendments: byParagraph.get(paragraph.id) ?? [] }));
  const gone = [...byParagraph.entries()]
    .filter(([id]) => !known.has(id))
    .map(([id, list]) => ({
      paragraph: { id, number: null, text: list[0]?.againstText ?? '', section: null },
      amendments: list,
    }));
  return [...inText, ...gone];
}

/** The filters as the address has them; one that names nothing on the page is left out. */
export function readFilters(
  params: URLSearchParams,
  known: { paragraphs: ReadonlySet<string>; delegations: ReadonlySet<string> },
): AmendmentFilters {
  const paragraph = params.get('paragraph') ?? '';
  const delegation = params.get('delegation') ?? '';
  const status = params.get('status');
  return {
    paragraph: known.paragraphs.has(paragraph) ? paragraph : '',
    delegation: known.delegations.has(delegation) ? delegation : '',
    status: isStatus(status) ? status : '',
  };
}

/** The filters over the address's other parameters; a filter left at "all" is left out. */
export function writeFilters(filters: AmendmentFilters, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of FILTER_KEYS) {
    if (filters[key]) next.set(key, filters[key]);
    else next.delete(key);
  }
  return next;
}

export const isFiltered = (filters: AmendmentFilters) => FILTER_KEYS.some((key) => filters[key] !== '');

export function matchesFilters(amendment: AmendmentView, filters: AmendmentFilters): boolean {
  return (
    (!filters.paragraph || amendment.paragraphId === filters.paragraph) &&
    (!filters.delegation || amendment.delegationId === filters.delegation) &&
    (!filters.status || amendment.status === filters.status)
  );
}

export function countByStatus(amendments: AmendmentView[]): Record<AmendmentStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<AmendmentStatus, number>;
  for (const amendment of amendments) counts[amendment.status] += 1;
  return counts;
}

/** The first words of a paragraph, to tell it apart in a list: "We commit to open…". */
export function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** Where a delegation stands on an amendment: supports it, objects, or has said nothing. */
export function positionOf(amendment: AmendmentView, delegationId: string): Position | null {
  if (amendment.support.includes(delegationId)) return 'support';
  if (amendment.objections.includes(delegationId)) return 'object';
  return null;
}

/**
 * The ordinal of an amendment among its delegation's on the same paragraph (1, 2...), or null
 * when it is the only one: it tells two of them apart in their buttons' names.
 */
export function ordinalOf(amendment: AmendmentView, amendments: AmendmentView[]): number | null {
  const same = amendments.filter(
    (a) => a.delegationId === amendment.delegationId && a.paragraphId === amendment.paragraphId,
  );
  return same.length > 1 ? same.findIndex((a) => a.id === amendment.id) + 1 : null;
}
