import type { PublishedOutcome } from '../../../../shared/outcome.js';
import type { LocalizedText } from '../../../../shared/text.js';

// What a commitment is registered under: the adopted text's focus areas (its sections) and their paragraphs.

export interface CitedParagraph {
  id: string;
  /** Its number as the adopted text prints it. */
  number: string;
  text: LocalizedText;
}

export interface FocusArea {
  id: string;
  heading: LocalizedText;
  paragraphs: CitedParagraph[];
}

/** The focus areas in the text's order, each with its numbered paragraphs. */
export function focusAreasOf(published: PublishedOutcome): FocusArea[] {
  return published.content.sections.map((section) => ({
    id: section.focusAreaId,
    heading: section.heading,
    paragraphs: section.paragraphs.map((p) => ({ id: p.id, number: published.numbers[p.id] ?? '', text: p.text })),
  }));
}

/** A paragraph's first words, enough to know it by: "We commit to open data." or "We share early warnings with…". */
export function firstWords(text: string, count = 10): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}
