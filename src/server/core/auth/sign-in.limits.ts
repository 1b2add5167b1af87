import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { clientKey, enforceLimits, type LimitRule, type LimitStore } from '../http/limits.js';

/** Failed password sign-ins allowed per client address and per account address, in one window. */
export const SIGN_IN_FAILURES = { perAddress: 10, perAccount: 10, windowMs: 15 * 60_000 } as const;

const accountKey = (email: string) =>
  // The counters may live in Redis: a digest of the address, never the address itself.
  createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');

const detail = (minutes: number) =>
  `Too many failed sign-ins to this account or from this address. Password sign-in stays closed for ${minutes} minute${minutes === 1 ? '' : 's'}, even with the right password; a sign-in link by e-mail still works.`;

/**
 * Runs a password sign-in under the failure limits. Every attempt takes a count on both the address
 * and the account before the password is checked (so parallel guesses cannot all slip through);
 * a success gives back only its own count. A success never clears earlier failures, so signing in
 * to one's own account does not buy more guesses at another's, and the owner signing in does not
 * reopen their account to a guesser.
 */
export async function withSignInLimits<T>(
  options: { limits: LimitStore; reply: FastifyReply; ip: string; email: string },
  signIn: () => Promise<T>,
): Promise<T> {
  const { windowMs } = SIGN_IN_FAILURES;
  const rules: LimitRule[] = [
    { key: `sign-in:address:${clientKey(options.ip)}`, max: SIGN_IN_FAILURES.perAddress, windowMs },
    { key: `sign-in:account:${accountKey(options.email)}`, max: SIGN_IN_FAILURES.perAccount, windowMs },
  ];
  await enforceLimits(options.limits, rules, options.reply, detail);
  const result = await signIn();
  await options.limits.giveBack(rules.map((rule) => rule.key));
  return result;
}
