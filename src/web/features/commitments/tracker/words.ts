import type { CommitmentType, Priority, TrackerStatus } from '../../../../shared/commitments.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';

// Every value once, in the order the page shows it: records, so that the compiler names a missing
// one. Not taken from src/shared/commitments.ts, which would bring zod into the page's bundle.
const STATUS_ORDER: Record<TrackerStatus, true> = {
  on_track: true,
  delayed: true,
  not_started: true,
  awaiting_first_report: true,
  completion_pending: true,
  completed: true,
  inactive: true,
  discontinued: true,
};
const TYPE_ORDER: Record<CommitmentType, true> = {
  policy: true,
  programme: true,
  capacity_building: true,
  partnership: true,
  funding: true,
  other: true,
};
const PRIORITY_ORDER: Record<Priority, true> = { high: true, medium: true, low: true };

export const STATUSES = Object.keys(STATUS_ORDER) as TrackerStatus[];
export const TYPES = Object.keys(TYPE_ORDER) as CommitmentType[];
export const PRIORITIES = Object.keys(PRIORITY_ORDER) as Priority[];

export const isStatus = (value: string): value is TrackerStatus => Object.hasOwn(STATUS_ORDER, value);
export const isType = (value: string): value is CommitmentType => Object.hasOwn(TYPE_ORDER, value);

/** The reader's Intl locale: en-GB or id-ID. */
export const readerLocale = () => INTL_LOCALES[currentLanguage()];

/** A percentage as the reader writes it: "45.2%", "45,2%". */
export const formatPercent = (value: number, locale = readerLocale()) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

/** A calendar day (2022-12-31) as the reader writes it: "31 Dec 2022"; no zone, it is a date. */
export const formatDay = (day: string, locale = readerLocale()) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** An instant's month in the event's zone: "May 2022". */
export const formatMonth = (at: string, timeZone: string, locale = readerLocale()) =>
  new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone }).format(new Date(at));
