import { expect } from 'vitest';
import type { Problem } from '../../shared/problem.js';
import type { TestResponse } from './client.js';

/** An RFC 9457 problem with the given status and code, and no stack trace in it. */
export function expectProblem(
  response: Pick<TestResponse, 'status' | 'headers' | 'json'>,
  status: number,
  code: string,
) {
  expect(response.status, JSON.stringify(response.json)).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json.code).toBe(code);
  expect(JSON.stringify(response.json)).not.toMatch(/at .*\.(ts|js):\d+/);
}

/** The fields a 400 names. */
export const fieldsOf = (response: TestResponse<Problem>): string[] => (response.json.errors ?? []).map((e) => e.field);
