/**
 * The list's state lives in the address (filters, sort, page, the open registration),
 * so that a reload, the back button and a shared link show the same list.
 */
export const MULTI_FILTERS = ['status', 'attendance', 'attended', 'sector', 'category', 'country'] as const;
export type MultiFilter = (typeof MULTI_FILTERS)[number];
export const SORTS = ['created', 'name', 'country', 'status'] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
const DEFAULT_PAGE_SIZE: PageSize = 50;

export interface ListState {
  q: string;
  filters: Record<MultiFilter, string[]>;
  sort: Sort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: PageSize;
  /** The registration shown in detail, if any. */
  id: string | null;
}

const isPageSize = (value: number): value is PageSize => PAGE_SIZES.includes(value as PageSize);
const isSort = (value: string | null): value is Sort => SORTS.includes(value as Sort);

export function readListState(params: URLSearchParams): ListState {
  const filters = Object.fromEntries(
    MULTI_FILTERS.map((name) => [name, (params.get(name) ?? '').split(',').filter(Boolean)]),
  ) as Record<MultiFilter, string[]>;
  const sort = params.get('sort');
  const page = Number(params.get('page') ?? '1');
  const size = Number(params.get('size'));
  return {
    q: params.get('q') ?? '',
    filters,
    sort: isSort(sort) ? sort : 'created',
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: isPageSize(size) ? size : DEFAULT_PAGE_SIZE,
    id: params.get('id'),
  };
}

/** The address's query for a state; defaults are left out to keep it short. */
export function writeListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of MULTI_FILTERS) if (state.filters[name].length) params.set(name, state.filters[name].join(','));
  if (state.sort !== 'created') params.set('sort', state.sort);
  if (state.order !== 'desc') params.set('order', state.order);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  if (state.id) params.set('id', state.id);
  return params;
}

/** What the CSV takes: the filters only. */
export function filterQuery(state: ListState): string {
  return writeListState({
    ...state,
    sort: 'created',
    order: 'desc',
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
    id: null,
  }).toString();
}

/** What GET /registrations takes: the filters, the sort and the page. */
export function pageQuery(state: ListState): string {
  const params = writeListState({ ...state, pageSize: DEFAULT_PAGE_SIZE, id: null });
  params.set('sort', state.sort);
  params.set('order', state.order);
  params.set('pageSize', String(state.pageSize));
  return params.toString();
}

/** Whether any filter or the search narrows the list: then "clear filters" can bring rows back. */
export const isFiltered = (state: ListState) =>
  state.q.trim() !== '' || MULTI_FILTERS.some((name) => state.filters[name].length > 0);
