import type { SessionView } from '../../shared/auth.js';
import type { Problem } from '../../shared/problem.js';
import type { ProblemParams } from '../../shared/problemParams.js';
import { CSRF_HEADER } from './contract.js';

export interface FieldError {
  field: string;
  /** The server's code of what is wrong (field.required...); the form's own complaints have none. */
  code?: string;
  /** The specifics the code's text names (a row, a limit). */
  params?: ProblemParams;
  message: string;
}

/** A problem+json answer (or a network failure, status 0) as the app shows it. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: FieldError[];
  /** The specifics the code's text names (a wait, a limit), for the reader's language. */
  readonly params?: ProblemParams;
  /** The messages are the app's own, in the reader's language; the server's are in English. */
  readonly isTranslated: boolean;

  constructor(
    problem: Pick<Problem, 'status' | 'code' | 'detail' | 'params'> & {
      errors?: FieldError[];
      isTranslated?: boolean;
    },
  ) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.fieldErrors = problem.errors ?? [];
    this.isTranslated = problem.isTranslated ?? false;
    this.params = problem.params;
  }

  /** The first message the server gave for a field, if any. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((error) => error.field === field)?.message;
  }
}

/** The API address of one event, or of something under it: `/api/events/icdd-2021/registrations`. */
export const eventApiPath = (slug: string, rest = '') => `/api/events/${encodeURIComponent(slug)}${rest}`;

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** What the form itself found wrong before asking the server, shown as the server's answers are. */
export const formError = (errors: FieldError[]) =>
  new ApiError({ status: 400, code: 'validation.failed', detail: '', errors, isTranslated: true });

// Only the shape is checked by hand: zod in the first page's bundle would weigh more than the rest of the client.
function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate.code === 'string' && typeof candidate.detail === 'string';
}

let csrfToken: string | null = null;

/** The session's CSRF token, kept from the last GET /api/session for the writes that follow. */
export function rememberCsrfToken(token: string | null) {
  // The server renders pages for many people at once, and writes nothing: it keeps no token.
  if (typeof document !== 'undefined') csrfToken = token;
}

type Transport = (path: string, init: RequestInit) => Promise<Response>;

let transport: Transport = (path, init) => fetch(path, init);

/**
 * Where the requests go: the network in the browser; on the server, the server's own routes
 * for the page being rendered (src/web/render/), with the reader's cookies.
 */
export function setTransport(next: Transport) {
  transport = next;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function send(
  method: Method,
  path: string,
  body: unknown,
  extra: Record<string, string> = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...extra };
  const isFile = body instanceof Blob;
  if (body !== undefined)
    headers['content-type'] = isFile ? body.type || 'application/octet-stream' : 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  try {
    return await transport(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isFile ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network.offline', detail: 'The server could not be reached.' });
  }
}

async function toError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isProblem(body)) return new ApiError({ ...body, status: response.status });
  return new ApiError({ status: response.status, code: 'http.error', detail: response.statusText || 'Request failed' });
}

async function request<T>(method: Method, path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
  let response = await send(method, path, body, headers);
  if (response.status === 403 && method !== 'GET') {
    const error = await toError(response);
    if (error.code !== 'auth.csrf_invalid') throw error;
    // The session changed under us (signed in again in another tab): take its token and try once more.
    await refreshSession();
    response = await send(method, path, body, headers);
  }
  if (!response.ok) throw await toError(response);
  if (response.status === 204 || response.headers.get('content-length') === '0') return undefined as T;
  return (await response.json()) as T;
}

export async function refreshSession(): Promise<SessionView> {
  const session = await request<SessionView>('GET', '/api/session');
  rememberCsrfToken(session.csrfToken);
  return session;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) =>
    request<T>('POST', path, body ?? {}, headers),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  /** A file as the body itself (a photo), with its own type. */
  putFile: <T>(path: string, file: Blob) => request<T>('PUT', path, file),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
