import { describe, expect, it } from 'vitest';
import { FIELD_PROBLEMS } from './problemFields.js';
import { PROBLEMS } from './problems.js';

const messages = [...Object.entries(PROBLEMS), ...Object.entries(FIELD_PROBLEMS)];

describe('the problem map', () => {
  it.each(Object.entries(PROBLEMS))('gives %s an HTTP error status', (_code, problem) => {
    expect(problem.status).toBeGreaterThanOrEqual(400);
    expect(problem.status).toBeLessThan(600);
  });

  it.each(messages)('gives %s an English and a different Indonesian message', (_code, text) => {
    expect(text.en.trim()).not.toBe('');
    expect(text.id.trim()).not.toBe('');
    expect(text.id).not.toBe(text.en);
  });

  it('names codes as a person reads them: lower case, dotted, the field codes under field.', () => {
    for (const code of Object.keys(PROBLEMS)) expect(code).toMatch(/^[a-z_]+(\.[a-z_]+)?$/);
    for (const code of Object.keys(FIELD_PROBLEMS)) expect(code).toMatch(/^field\.[a-z_]+$/);
  });
});
