import { describe, expect, it } from 'vitest';
import { filterQuery, isFiltered, pageQuery, readListState, writeListState } from './listState.js';

describe('the list’s state in the address', () => {
  it('reads filters of several values, the sort, the page and the open registration', () => {
    const state = readListState(
      new URLSearchParams(
        'q=ayu&status=pending,declined&country=ID&attended=venue,both&sort=name&order=asc&page=3&size=100&id=x',
      ),
    );
    expect(state).toEqual({
      q: 'ayu',
      filters: {
        status: ['pending', 'declined'],
        attendance: [],
        attended: ['venue', 'both'],
        sector: [],
        category: [],
        country: ['ID'],
      },
      sort: 'name',
      order: 'asc',
      page: 3,
      pageSize: 100,
      id: 'x',
    });
  });

  it('falls back to the newest first on page 1 for what it does not know', () => {
    const state = readListState(new URLSearchParams('sort=email&order=sideways&page=-2&size=7'));
    expect([state.sort, state.order, state.page, state.pageSize]).toEqual(['created', 'desc', 1, 50]);
  });

  it('writes back what it read, leaving the defaults out', () => {
    const query = 'q=ayu&status=pending%2Cdeclined&sort=name&order=asc&page=3&size=25';
    expect(writeListState(readListState(new URLSearchParams(query))).toString()).toBe(query);
    expect(writeListState(readListState(new URLSearchParams(''))).toString()).toBe('');
  });

  it('asks the server for the page with its size, and the CSV with the filters only', () => {
    const state = readListState(new URLSearchParams('status=pending&sort=name&page=2&id=x'));
    expect(pageQuery(state)).toBe('status=pending&sort=name&page=2&order=desc&pageSize=50');
    expect(filterQuery(state)).toBe('status=pending');
    const small = readListState(new URLSearchParams('size=25'));
    expect(pageQuery(small)).toBe('sort=created&order=desc&pageSize=25');
    expect(filterQuery(small)).toBe('');
  });

  it('says when a search or a filter narrows the list', () => {
    expect(isFiltered(readListState(new URLSearchParams('sort=name&size=25')))).toBe(false);
    expect(isFiltered(readListState(new URLSearchParams('q=ayu')))).toBe(true);
    expect(isFiltered(readListState(new URLSearchParams('country=ID')))).toBe(true);
  });
});
