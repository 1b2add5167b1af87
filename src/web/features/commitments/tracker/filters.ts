import type { CommitmentType, TrackerStatus } from '../../../../shared/commitments.js';
import { isCountryCode } from '../../../../shared/countries.js';
import { isStatus, isType } from './words.js';

/**
 * The list's filters, kept in the address (the same names the API takes: area, country, status,
 * type, late, page), so that a link, a reload or a page without JavaScript shows the same choice.
 * What the address holds that the API would refuse is left out, not sent.
 */
export interface ListFilters {
  area: string;
  country: string;
  status: TrackerStatus | '';
  type: CommitmentType | '';
  late: 'true' | 'false' | '';
  page: number;
}

export const NO_FILTERS: ListFilters = { area: '', country: '', status: '', type: '', late: '', page: 1 };
export const PAGE_SIZE = 25;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readFilters(params: URLSearchParams): ListFilters {
  const value = (name: string) => params.get(name) ?? '';
  const page = Number(value('page'));
  const late = value('late');
  return {
    area: UUID.test(value('area')) ? value('area') : '',
    country: isCountryCode(value('country')) ? value('country') : '',
    status: isStatus(value('status')) ? (value('status') as TrackerStatus) : '',
    type: isType(value('type')) ? (value('type') as CommitmentType) : '',
    late: late === 'true' || late === 'false' ? late : '',
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The filters as a query string, each one only when chosen, the first page left out. */
export function filterQuery(filters: ListFilters): string {
  const params = new URLSearchParams();
  for (const key of ['area', 'country', 'status', 'type', 'late'] as const) {
    if (filters[key]) params.set(key, filters[key]);
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  return params.toString();
}

export const isFiltered = (filters: ListFilters) =>
  Boolean(filters.area || filters.country || filters.status || filters.type || filters.late);

/** The list's heading: where a filter's link leads and the focus goes. */
export const LIST_ID = 'commitments';

/** Where a link to the list with these filters leads: this page, `?country=ID#commitments`. */
export function listLocation(filters: Partial<ListFilters>) {
  const query = filterQuery({ ...NO_FILTERS, ...filters });
  return { search: query ? `?${query}` : '', hash: `#${LIST_ID}` };
}
