import { createHash } from 'node:crypto';
import type { OutcomeContent, PublishedOutcome } from '../../../shared/outcome.js';

// The canonical form of the adopted text (docs/outcome-canonical-form.md): what outcome.txt is,
// and, in the authoritative language, what the published SHA-256 is the hash of.

/** What the canonical form is made of: the published outcome without its hash. */
export type CanonicalSource = Omit<PublishedOutcome, 'sha256'>;

/** One line of text: every run of white space (line ends included) is one space, none at either end. */
const line = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** A piece of text in the language, or in the authoritative language where it has no translation. */
const inLanguage = (text: Record<string, string>, language: string, fallback: string) =>
  line(text[language] ?? text[fallback] ?? '');

/** Paragraph id -> its printed number: PP1, PP2... for the preamble; 1, 2... on through the sections. */
export function numberParagraphs(content: OutcomeContent): Record<string, string> {
  const numbers: Record<string, string> = {};
  content.preamble.forEach((p, i) => {
    numbers[p.id] = `PP${i + 1}`;
  });
  let n = 0;
  for (const section of content.sections) for (const p of section.paragraphs) numbers[p.id] = String(++n);
  return numbers;
}

/**
 * The text in one language: UTF-8 (NFC, as every text is stored), LF line ends, one blank line
 * between blocks, one LF at the end. The reservations, the delegations that joined and the
 * adoption's time and method are part of it, so the hash covers what was adopted and how.
 */
export function canonicalText(source: CanonicalSource, language: string): string {
  const fallback = source.authoritativeLanguage;
  const { content, numbers } = source;
  const name = (id: string) => {
    const delegation = source.delegations.find((d) => d.id === id);
    return delegation ? inLanguage(delegation.name, language, fallback) : id;
  };
  const blocks: string[] = [inLanguage(content.title, language, fallback)];
  for (const p of content.preamble) blocks.push(`${numbers[p.id]} ${inLanguage(p.text, language, fallback)}`);
  content.sections.forEach((section, i) => {
    blocks.push(`§ ${i + 1} ${inLanguage(section.heading, language, fallback)}`);
    for (const p of section.paragraphs) blocks.push(`${numbers[p.id]}. ${inLanguage(p.text, language, fallback)}`);
  });
  for (const r of source.reservations) {
    const on = r.paragraphIds.length === 0 ? 'document' : r.paragraphIds.map((id) => numbers[id] ?? id).join(', ');
    blocks.push(`Reservation [${on}] ${name(r.delegationId)}: ${line(r.text)}`);
  }
  for (const e of source.explanations) blocks.push(`Explanation ${name(e.delegationId)}: ${line(e.text)}`);
  blocks.push(`Joined: ${source.delegations.map((d) => name(d.id)).join('; ')}`);
  blocks.push(`Adopted: ${source.adoptedAt} (${source.method}), version ${source.version}, ${source.event.slug}`);
  return `${blocks.join('\n\n')}\n`;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
