/**
 * The check-in code on a badge: 20 characters of Crockford base32 (100 random
 * bits), stored and printed in four groups of five. This module imports nothing,
 * so the check-in page can use it without pulling in zod.
 */
export const CHECK_IN_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CHECK_IN_CODE_LENGTH = 20;

const GROUP = 5;
/** Letters people (and smudged print) confuse with the alphabet's digits, as Crockford's base32 reads them. */
const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

/** Groups 20 characters as XXXXX-XXXXX-XXXXX-XXXXX, the stored and printed form. */
export function groupCheckInCode(plain: string): string {
  const groups: string[] = [];
  for (let i = 0; i < plain.length; i += GROUP) groups.push(plain.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * A typed or scanned code in its stored form, or null when it cannot be one:
 * upper-cased, spaces and dashes dropped, O read as 0 and I or L as 1.
 */
export function normalizeCheckInCode(input: string): string | null {
  const plain = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[OIL]/g, (letter) => LOOK_ALIKES[letter] ?? letter);
  if (plain.length !== CHECK_IN_CODE_LENGTH) return null;
  for (const character of plain) if (!CHECK_IN_ALPHABET.includes(character)) return null;
  return groupCheckInCode(plain);
}
