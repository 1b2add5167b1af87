import type { FieldCode, FieldError } from '../../shared/problemFields.js';
import { type NotFoundSubject, PROBLEMS, type ProblemCode } from '../../shared/problems.js';

export type { FieldError } from '../../shared/problemFields.js';

/** Every error a client can see: a code of the problem map, which gives its HTTP status. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    detail: string = PROBLEMS[code].en,
    readonly errors?: FieldError[],
  ) {
    super(detail);
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
