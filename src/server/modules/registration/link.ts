import { createHmac, randomBytes } from 'node:crypto';
import { CHECK_IN_ALPHABET, CHECK_IN_CODE_LENGTH, groupCheckInCode } from '../../../shared/checkInCode.js';
import { pagePath } from '../../../shared/routes.js';
import { safeEqual } from '../../core/auth/secrets.js';
import { isUuid } from '../../core/ids.js';

/**
 * The personal link of a registration: `<id>.<mac>`, where mac is an HMAC of the
 * registration's random link key under the session secret. The link can be written
 * into every mail without storing it, the database alone cannot rebuild it, and
 * clearing the key revokes it.
 */
export const newLinkKey = () => randomBytes(18).toString('base64url');

const macOf = (secret: string, id: string, linkKey: string) =>
  createHmac('sha256', secret).update(`registration-link:${id}:${linkKey}`).digest('base64url');

export const linkTokenFor = (secret: string, id: string, linkKey: string) => `${id}.${macOf(secret, id, linkKey)}`;

export function personalLink(options: {
  publicUrl: string;
  secret: string;
  slug: string;
  id: string;
  linkKey: string;
}) {
  const token = linkTokenFor(options.secret, options.id, options.linkKey);
  return `${options.publicUrl}${pagePath('myRegistration', { slug: options.slug })}?token=${encodeURIComponent(token)}`;
}

/** The registration id a token names; check it with isLinkTokenValid once the row is loaded. */
export function idOfLinkToken(token: string): string | null {
  const [id] = token.split('.');
  return isUuid(id) ? id : null;
}

export function isLinkTokenValid(secret: string, token: string, row: { id: string; linkKey: string | null }) {
  return row.linkKey !== null && safeEqual(token, linkTokenFor(secret, row.id, row.linkKey));
}

/** A new badge code in its stored form (see checkInCode.ts): 5 random bits a character. */
export function newCheckInCode(): string {
  const bytes = randomBytes(CHECK_IN_CODE_LENGTH);
  return groupCheckInCode(Array.from(bytes, (b) => CHECK_IN_ALPHABET[b & 31]).join(''));
}
