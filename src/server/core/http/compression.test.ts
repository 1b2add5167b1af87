import { describe, expect, it } from 'vitest';
import { negotiateCoding } from './compression.js';

describe('the coding a client takes', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['BR', 'br'],
    ['*', 'br'],
    ['*;q=0.3, br;q=0', 'gzip'],
    ['gzip;q=0, br;q=0', null],
    ['identity', null],
    ['', null],
    [undefined, null],
    ['br;q=nonsense, gzip', 'gzip'],
    [['gzip', 'br'], 'br'],
  ])('for %j is %j', (header, coding) => {
    expect(negotiateCoding(header)).toBe(coding);
  });
});
