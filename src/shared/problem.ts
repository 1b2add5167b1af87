import { z } from 'zod';

/** The specifics a message names (problemParams.ts). */
export const problemParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type { ProblemParams } from './problemParams.js';

/**
 * One field's error: where, what (a code of FIELD_PROBLEMS in problemFields.ts), its specifics
 * and English words for API users. Codes are strings here: a reader meets codes of a newer server.
 */
export const fieldErrorSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
  params: problemParamsSchema.optional(),
});

/** RFC 9457 problem details, as the server sends them and the browser reads them. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  /** A code of PROBLEMS in problems.ts. */
  code: z.string(),
  detail: z.string(),
  errors: z.array(fieldErrorSchema).optional(),
  params: problemParamsSchema.optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
