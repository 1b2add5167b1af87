/** Every error a client can see: a stable code and the one HTTP status it maps to. */
const STATUS_BY_KIND = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type ErrorKind = keyof typeof STATUS_BY_KIND;

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
    this.status = STATUS_BY_KIND[kind];
  }
}

export const notFound = (what: string, code = `${what}.not_found`) =>
  new AppError('not_found', code, `No such ${what.replace(/_/g, ' ')}.`);

export const forbidden = (detail = 'You may not do this.') => new AppError('forbidden', 'auth.forbidden', detail);

export const unauthenticated = () => new AppError('unauthenticated', 'auth.required', 'Sign in to do this.');

export const invalidField = (field: string, message: string, code = 'validation.failed') =>
  new AppError('bad_request', code, `${field}: ${message}`, [{ field, message }]);
