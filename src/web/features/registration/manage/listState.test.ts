import { describe, expect, it } from 'vitest';
import { filterQuery, pageQuery, readListState, writeListState } from './listState.js';

describe('the list’s state in the address', () => {
  it('reads filters of several values, the sort, the page and the open registration', () => {
    const state = readListState(
      new URLSearchParams(
        'q=ayu&status=pending,declined&country=ID&attended=venue,both&sort=name&order=asc&page=3&id=x',
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
      id: 'x',
    });
  });

  it('falls back to the newest first on page 1 for what it does not know', () => {
    const state = readListState(new URLSearchParams('sort=email&order=sideways&page=-2'));
    expect([state.sort, state.order, state.page]).toEqual(['created', 'desc', 1]);
  });

  it('writes back what it read, leaving the defaults out', () => {
    const query = 'q=ayu&status=pending%2Cdeclined&sort=name&order=asc&page=3';
    expect(writeListState(readListState(new URLSearchParams(query))).toString()).toBe(query);
    expect(writeListState(readListState(new URLSearchParams(''))).toString()).toBe('');
  });

  it('asks the server for the page with its size, and the CSV with the filters only', () => {
    const state = readListState(new URLSearchParams('status=pending&sort=name&page=2&id=x'));
    expect(pageQuery(state)).toBe('status=pending&sort=name&page=2&order=desc&pageSize=50');
    expect(filterQuery(state)).toBe('status=pending');
  });
});
