import type { OutcomeContent, PublishedOutcome } from '../../../shared/outcome.js';

// The outcome's paragraph numbers and reservation footnotes, worked out once for the page.

/** Paragraph id -> its number as the server prints it: PP1, PP2... for the preamble; 1, 2... through the sections. */
export function numberParagraphs(content: OutcomeContent): Record<string, string> {
  const numbers: Record<string, string> = {};
  content.preamble.forEach((paragraph, index) => {
    numbers[paragraph.id] = `PP${index + 1}`;
  });
  let next = 0;
  for (const section of content.sections) {
    for (const paragraph of section.paragraphs) numbers[paragraph.id] = String(++next);
  }
  return numbers;
}

/** One reservation as a footnote: its number on the page, and who made it. */
export interface Note {
  number: number;
  delegationId: string;
  delegation: Record<string, string>;
  /** The paragraphs it concerns; none: the whole document. */
  paragraphIds: string[];
  text: string;
}

export const noteId = (note: Note) => `reservation-${note.number}`;

/** The id of a marker that points to a note: from a paragraph, or from the document's top. */
export const markerId = (note: Note, paragraphId: string | null) =>
  `reservation-${note.number}-from-${paragraphId ?? 'document'}`;

/** Where a note's "back" link leads: the first place that points to it. */
export const firstMarkerId = (note: Note) => markerId(note, note.paragraphIds[0] ?? null);

export function notesOf(published: PublishedOutcome): Note[] {
  const names = new Map(published.delegations.map((d) => [d.id, d.name]));
  return published.reservations.map((reservation, index) => ({
    number: index + 1,
    delegationId: reservation.delegationId,
    delegation: names.get(reservation.delegationId) ?? {},
    paragraphIds: reservation.paragraphIds,
    text: reservation.text,
  }));
}

/** Paragraph id -> the notes that concern it, in their order. */
export function notesByParagraph(notes: Note[]): Map<string, Note[]> {
  const byParagraph = new Map<string, Note[]>();
  for (const note of notes) {
    for (const id of note.paragraphIds) byParagraph.set(id, [...(byParagraph.get(id) ?? []), note]);
  }
  return byParagraph;
}
