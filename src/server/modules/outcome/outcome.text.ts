import { randomUUID } from 'node:crypto';
import {
  type AmendmentKind,
  AUTHORITATIVE_LANGUAGE,
  type OutcomeContent,
  type Paragraph,
  type SaveTextInput,
} from '../../../shared/outcome.js';
import { invalidField } from '../../core/errors.js';

// The text's own rules, with no database: how a save or an amendment makes the next version.

export const EMPTY_CONTENT: OutcomeContent = { title: {}, preamble: [], sections: [] };

type FocusArea = { id: string; title: Record<string, string> };
type ParagraphInput = SaveTextInput['preamble'][number];

/** Every paragraph with where it stands: the preamble's, then each section's in order. */
export function paragraphsOf(content: OutcomeContent): Paragraph[] {
  return [...content.preamble, ...content.sections.flatMap((section) => section.paragraphs)];
}

export const findParagraph = (content: OutcomeContent, id: string) => paragraphsOf(content).find((p) => p.id === id);

/** The paragraph's authoritative text in a version, or null where it is not there. */
export const authoritativeText = (content: OutcomeContent, id: string) =>
  findParagraph(content, id)?.text[AUTHORITATIVE_LANGUAGE] ?? null;

/**
 * A paragraph as saved: its revision goes up when the authoritative text changes, and each
 * translation written now is marked as made from that revision; one left as it was keeps
 * the revision it was made from, so it shows as out of date.
 */
function revise(before: Paragraph | undefined, text: Record<string, string>): Paragraph {
  if (!before) {
    const translatedFrom = Object.fromEntries(Object.keys(text).map((language) => [language, 1]));
    return { id: randomUUID(), text, revision: 1, translatedFrom };
  }
  const isSourceChanged = before.text[AUTHORITATIVE_LANGUAGE] !== text[AUTHORITATIVE_LANGUAGE];
  const revision = before.revision + (isSourceChanged ? 1 : 0);
  const translatedFrom: Record<string, number> = {};
  for (const language of Object.keys(text)) {
    const isWritten = language === AUTHORITATIVE_LANGUAGE || before.text[language] !== text[language];
    translatedFrom[language] = isWritten ? revision : (before.translatedFrom[language] ?? 0);
  }
  return { id: before.id, text, revision, translatedFrom };
}

/** The chair's save as the next version's content: one section per focus area, in their order. */
export function buildContent(previous: OutcomeContent, input: SaveTextInput, focusAreas: FocusArea[]): OutcomeContent {
  const known = new Map(paragraphsOf(previous).map((p) => [p.id, p]));
  const seen = new Set<string>();
  const take = (paragraph: ParagraphInput, field: string) => {
    if (paragraph.id !== undefined) {
      if (!known.has(paragraph.id))
        throw invalidField(field, 'field.not_found', 'no such paragraph in the current version');
      if (seen.has(paragraph.id)) throw invalidField(field, 'field.duplicate', 'a paragraph stands once');
      seen.add(paragraph.id);
    }
    return revise(paragraph.id === undefined ? undefined : known.get(paragraph.id), paragraph.text);
  };
  const given = new Map(input.sections.map((section, index) => [section.focusAreaId, { section, index }]));
  for (const [index, section] of input.sections.entries()) {
    if (!focusAreas.some((area) => area.id === section.focusAreaId))
      throw invalidField(`sections.${index}.focusAreaId`, 'field.not_found', 'not a focus area of this event');
    if (given.get(section.focusAreaId)?.index !== index)
      throw invalidField(`sections.${index}.focusAreaId`, 'field.duplicate', 'each focus area has one section');
  }
  return {
    title: input.title,
    preamble: input.preamble.map((p, i) => take(p, `preamble.${i}.id`)),
    sections: focusAreas.map((area) => {
      const entry = given.get(area.id);
      const paragraphs = entry?.section.paragraphs ?? [];
      return {
        focusAreaId: area.id,
        heading: area.title,
        paragraphs: paragraphs.map((p, i) => take(p, `sections.${entry?.index}.paragraphs.${i}.id`)),
      };
    }),
  };
}

/** Applies one change to one paragraph, wherever it stands; the rest of the text is untouched. */
export function applyChange(
  content: OutcomeContent,
  change: { kind: AmendmentKind; paragraphId: string; text: string | null },
): OutcomeContent {
  const edit = (paragraphs: Paragraph[]) =>
    paragraphs.flatMap((p) => {
      if (p.id !== change.paragraphId) return [p];
      if (change.kind === 'delete') return [];
      const text = change.text ?? '';
      if (change.kind === 'insert_after') return [p, revise(undefined, { [AUTHORITATIVE_LANGUAGE]: text })];
      return [revise(p, { ...p.text, [AUTHORITATIVE_LANGUAGE]: text })];
    });
  return {
    ...content,
    preamble: edit(content.preamble),
    sections: content.sections.map((section) => ({ ...section, paragraphs: edit(section.paragraphs) })),
  };
}

/** Per paragraph, the translations older than its authoritative text: what the chair must bring up to date. */
export function outdatedTranslations(content: OutcomeContent): Record<string, string[]> {
  const outdated: Record<string, string[]> = {};
  for (const p of paragraphsOf(content)) {
    const stale = Object.keys(p.text).filter(
      (language) => language !== AUTHORITATIVE_LANGUAGE && (p.translatedFrom[language] ?? 0) < p.revision,
    );
    if (stale.length > 0) outdated[p.id] = stale;
  }
  return outdated;
}
