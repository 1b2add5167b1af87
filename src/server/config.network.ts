import { isIP } from 'node:net';
import { z } from 'zod';

/** What Fastify's `trustProxy` takes: off, a hop count, or the proxies' addresses and ranges. */
export type TrustProxy = false | number | string[];

/** proxy-addr's names for whole ranges (127.0.0.1/8 and ::1; 169.254.0.0/16 and fe80::/10; 10/8, 172.16/12, 192.168/16, fc00::/7). */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isProxyEntry = (entry: string) => {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
};

const trustProxyFault = (text: string, wrong: string | undefined) => {
  if (text === 'true')
    return '"true" would believe any client\'s X-Forwarded-For; give the proxy\'s addresses (10.0.0.5,10.0.1.0/24)';
  if (/^\d+$/.test(text)) return 'a hop count must be 1 to 9 (the number of proxies in front)';
  return wrong === undefined
    ? undefined
    : `"${wrong}" is not an address, a range (10.0.0.0/8), loopback, linklocal or uniquelocal`;
};

/**
 * TRUST_PROXY: unset (or false) believes no X-Forwarded-For: the connection's address counts. A
 * comma-separated list of addresses and ranges believes the header only from connections of
 * those proxies, and takes the rightmost address that is not one of them as the client's. A hop
 * count n takes the nth address from the right whoever connects, so it is safe only when nothing
 * but the proxies can reach the node. "true" is refused: it believes any client.
 */
export const trustProxySchema = z.string().transform((value, ctx): TrustProxy => {
  const text = value.trim().toLowerCase();
  if (text === 'false') return false;
  if (/^[1-9]$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  const fault = trustProxyFault(
    text,
    entries.find((entry) => !isProxyEntry(entry)),
  );
  if (fault !== undefined) {
    ctx.addIssue({ code: 'custom', message: fault });
    return z.NEVER;
  }
  return entries;
});

export interface RateWindow {
  max: number;
  windowMs: number;
}

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const PAIR = /^(\d{1,6})\/(\d{1,4})([smhd])$/;
const MAX_WINDOW_MS = 7 * 86_400_000;

/** REGISTRATION_RATE_LIMIT: one to three `count/duration` pairs (`60/10m,300/1d`), each of which must hold. */
export const rateWindowsSchema = z.string().transform((value, ctx): RateWindow[] => {
  const pairs = value.split(',').map((pair) => pair.trim().match(PAIR));
  const windows = pairs.map((match) => {
    if (!match) return null;
    const windowMs = Number(match[2]) * UNIT_MS[match[3] as keyof typeof UNIT_MS];
    const max = Number(match[1]);
    return max >= 1 && windowMs >= 1000 && windowMs <= MAX_WINDOW_MS ? { max, windowMs } : null;
  });
  if (windows.length > 3 || windows.some((w) => w === null)) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be one to three count/duration pairs such as 60/10m,300/1d (s, m, h or d; at most 7d)',
    });
    return z.NEVER;
  }
  return windows as RateWindow[];
});
