import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** Headers a proxy adds: a request that carries one came through a proxy, wherever its socket is. */
const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'] as const;

const isLoopbackAddress = (address: string | undefined) => {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
};

/**
 * A peer on this host that came straight in. The socket's address, not `request.ip`: with
 * TRUST_PROXY, `request.ip` is what X-Forwarded-For says, and a proxy on this host (nginx on
 * loopback) would make every client of the load balancer look local. So a proxy's header,
 * whatever its value, makes the request a stranger's.
 */
export function isDirectLoopback(request: FastifyRequest): boolean {
  if (PROXY_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  return isLoopbackAddress(request.raw.socket.remoteAddress);
}

// Digests make both sides the same length, which timingSafeEqual needs, and hide the token's length.
const digest = (text: string) => createHash('sha256').update(text).digest();

/** `Authorization: Bearer <token>` naming the configured token, compared in constant time. */
export function carriesToken(request: FastifyRequest, token: string | undefined): boolean {
  if (!token) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), digest(token));
}

/** Whether the request is the operator's: see the 'operator' access kind in src/shared/access.ts. */
export const isOperatorRequest = (request: FastifyRequest, metricsToken: string | undefined) =>
  isDirectLoopback(request) || carriesToken(request, metricsToken);
