import { isIP } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RateWindow } from '../../config.network.js';
import { AppError } from '../errors.js';

/** One counter: at most `max` within a fixed window that starts at its first count. */
export interface LimitRule extends RateWindow {
  key: string;
}

export type LimitResult = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number };

/** Counters kept in the node (one node) or in Redis (every node counts together). */
export interface LimitStore {
  /** Counts one on every rule if each has room; otherwise counts nothing and says when the last full one frees. */
  take(rules: readonly LimitRule[]): Promise<LimitResult>;
  /** Gives back one count that `take` made (never below zero, the window kept), for an attempt that turned out fine. */
  giveBack(keys: readonly string[]): Promise<void>;
  /** Counts one, full or not, and says how many are counted in the window and how long it has left (@fastify/rate-limit's way). */
  hit(key: string, windowMs: number): Promise<{ count: number; msLeft: number }>;
}

const SWEEP_EVERY = 1000;
const MAX_KEYS = 200_000;

export function createMemoryLimits(now: () => number = Date.now): LimitStore {
  const counters = new Map<string, { count: number; resetAt: number }>();
  let changes = 0;
  const live = (key: string) => {
    const counter = counters.get(key);
    if (counter && counter.resetAt <= now()) counters.delete(key);
    return counters.get(key);
  };
  /** Expired counters go now and then; past MAX_KEYS the oldest go too, so a flood of keys cannot fill memory. */
  const sweep = () => {
    for (const [key, counter] of counters) if (counter.resetAt <= now()) counters.delete(key);
    for (const key of counters.keys()) {
      if (counters.size <= MAX_KEYS) break;
      counters.delete(key);
    }
  };
  return {
    async take(rules) {
      const full = rules.flatMap((rule) => {
        const counter = live(rule.key);
        return counter && counter.count >= rule.max ? [counter.resetAt - now()] : [];
      });
      if (full.length > 0) return { isAllowed: false, retryAfterSeconds: Math.ceil(Math.max(...full) / 1000) };
      for (const rule of rules) {
        const counter = live(rule.key);
        if (counter) counter.count += 1;
        else counters.set(rule.key, { count: 1, resetAt: now() + rule.windowMs });
      }
      changes += 1;
      if (changes % SWEEP_EVERY === 0) sweep();
      return { isAllowed: true };
    },
    async giveBack(keys) {
      for (const key of keys) {
        const counter = live(key);
        if (counter && counter.count > 0) counter.count -= 1;
      }
    },
    async hit(key, windowMs) {
      let counter = live(key);
      if (counter) counter.count += 1;
      else {
        counter = { count: 1, resetAt: now() + windowMs };
        counters.set(key, counter);
      }
      changes += 1;
      if (changes % SWEEP_EVERY === 0) sweep();
      return { count: counter.count, msLeft: counter.resetAt - now() };
    },
  };
}

const hextetsOf = (part: string) =>
  part === ''
    ? []
    : part.split(':').flatMap((group) => {
        if (!group.includes('.')) return [group];
        const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
        return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
      });

/**
 * The address a limit counts: the client's IPv4 address, or the /64 network of an IPv6 one,
 * since one home or phone is given a whole /64 and could otherwise step through it.
 */
export function clientKey(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  const [head = '', tail] = (ip.split('%')[0] ?? '').split('::');
  const left = hextetsOf(head);
  const right = tail === undefined ? [] : hextetsOf(tail);
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  const network = groups.slice(0, 4).map((group) => Number.parseInt(group, 16).toString(16));
  return `${network.join(':')}::/64`;
}

/** Counts the request on the rules, or answers 429 problem+json with Retry-After and its seconds as params. */
export async function enforceLimits(
  store: LimitStore,
  rules: readonly LimitRule[],
  reply: FastifyReply,
  detail: (minutes: number) => string,
): Promise<void> {
  const result = await store.take(rules);
  if (result.isAllowed) return;
  const retryAfterSeconds = Math.max(1, result.retryAfterSeconds);
  reply.header('retry-after', String(retryAfterSeconds));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw new AppError('request.rate_limited', detail(minutes), undefined, { retryAfterSeconds });
}

/** An onRequest hook: at most so many requests per client address in every window. */
export function perAddressLimit(
  store: LimitStore,
  name: string,
  windows: readonly RateWindow[],
  detail: (minutes: number) => string,
) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const address = clientKey(request.ip);
    const rules = windows.map((w) => ({ ...w, key: `${name}:${w.max}/${w.windowMs}:${address}` }));
    await enforceLimits(store, rules, reply, detail);
  };
}
