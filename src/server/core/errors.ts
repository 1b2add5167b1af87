import type { FieldCode, FieldError } from '../../shared/problemFields.js';
import { fillParams, type ProblemParams, paramsIn } from '../../shared/problemParams.js';
import { type NotFoundSubject, PROBLEMS, type ProblemCode } from '../../shared/problems.js';

export type { FieldError } from '../../shared/problemFields.js';

/** A code's English text with its params filled in: the detail API users read when no other is given. */
export const englishOf = (code: ProblemCode, params?: ProblemParams) =>
  fillParams(PROBLEMS[code].en, paramsIn('en', params));

/**
 * Every error a client can see: a code of the problem map, which gives its HTTP status, and
 * the specifics its text names (`params`: a wait, a limit) for the browser to put in words.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    detail?: string,
    readonly errors?: FieldError[],
    readonly params?: ProblemParams,
  ) {
    super(detail ?? englishOf(code, params));
    this.status = PROBLEMS[code].status;
  }
}

/** `notFound('event')` is `event.not_found`; a thing without its own code names the code to send. */
export function notFound(what: NotFoundSubject): AppError;
export function notFound(what: string, code: ProblemCode): AppError;
export function notFound(what: string, code?: ProblemCode) {
  return new AppError(code ?? (`${what}.not_found` as ProblemCode), `No such ${what.replace(/_/g, ' ')}.`);
}

export const forbidden = (detail = 'You may not do this.') => new AppError('auth.forbidden', detail);

export const unauthenticated = () => new AppError('auth.required', 'Sign in to do this.');

export const invalidField = (
  field: string,
  fieldCode: FieldCode,
  message: string,
  code: ProblemCode = 'validation.failed',
) => new AppError(code, `${field}: ${message}`, [{ field, code: fieldCode, message }]);
