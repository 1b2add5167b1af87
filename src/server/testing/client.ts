import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { CSRF_HEADER } from '../../shared/auth.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * An answer with its body parsed: `T` is what the route sends (`client.get<SessionView>(...)`).
 * Untyped calls still read the body loosely: typing all of them is a change of its own.
 */
// biome-ignore lint/suspicious/noExplicitAny: the default keeps the untyped calls of the existing tests
export interface TestResponse<T = any> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  json: T;
}

/**
 * A random private address per client: rate limits count per address, so each
 * client is one person's machine, and limits kept in a shared Redis by an
 * earlier run do not meet this run's clients.
 */
const nextAddress = () => `10.${[...randomBytes(3)].join('.')}`;

/** A browser stand-in: keeps the session cookie and sends the CSRF token like the SPA does. */
export class TestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  readonly address: string;

  constructor(
    private readonly app: FastifyInstance,
    options: { address?: string } = {},
  ) {
    this.address = options.address ?? nextAddress();
  }

  async request<T = TestResponse['json']>(
    method: Method,
    url: string,
    body?: unknown,
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && options.csrf !== false) headers[CSRF_HEADER] = this.csrfToken;
    const inject: InjectOptions = { method, url, headers, remoteAddress: this.address };
    if (body !== undefined) inject.payload = body as InjectOptions['payload'];
    const response = await this.app.inject(inject);
    const setCookie = response.cookies.find((c) => c.name === 'pendopo_session');
    if (setCookie) {
      this.cookie = setCookie.value ? `pendopo_session=${setCookie.value}` : null;
      await this.refreshSession();
    }
    let json: unknown = null;
    try {
      json = response.body ? JSON.parse(response.body) : null;
    } catch {
      json = null;
    }
    // The caller names the route's response type; the tests' assertions check the body itself.
    return { status: response.statusCode, headers: response.headers, body: response.body, json: json as T };
  }

  get = <T = TestResponse['json']>(url: string) => this.request<T>('GET', url);
  post = <T = TestResponse['json']>(url: string, body?: unknown, options?: { csrf?: boolean }) =>
    this.request<T>('POST', url, body, options);
  patch = <T = TestResponse['json']>(url: string, body?: unknown, options?: { csrf?: boolean }) =>
    this.request<T>('PATCH', url, body, options);
  put = <T = TestResponse['json']>(url: string, body?: unknown, options?: { csrf?: boolean }) =>
    this.request<T>('PUT', url, body, options);
  delete = <T = TestResponse['json']>(url: string, options?: { csrf?: boolean }) =>
    this.request<T>('DELETE', url, undefined, options);
  /** A raw body of the given type (an image, a CSV file). */
  upload = <T = TestResponse['json']>(method: Method, url: string, body: Buffer | string, contentType: string) =>
    this.request<T>(method, url, body, { headers: { 'content-type': contentType } });

  private async refreshSession() {
    const headers: Record<string, string> = this.cookie ? { cookie: this.cookie } : {};
    const response = await this.app.inject({ method: 'GET', url: '/api/session', headers });
    this.csrfToken = (response.json() as { csrfToken: string | null }).csrfToken;
  }
}
