import type { OutcomeContent, Paragraph, SaveTextInput } from '../../../../shared/outcome.js';
import type { LocalizedText } from '../../../../shared/text.js';
import type { FieldError } from '../../../lib/api.js';
import { localized, newKey, type TwoLanguages, twoLanguages } from '../../../ui/localized.js';

// The chair's text as it is being edited: a plain reducer, so every change is one action and testable.

export interface DraftParagraph {
  /** React's key, and the handle of focus and announcements: a paragraph's id, or a new one's own. */
  key: string;
  /** Absent for a paragraph written here and not saved yet. */
  id?: string;
  text: TwoLanguages;
  /** The paragraph's text as loaded, with any languages the form does not edit. */
  original: LocalizedText;
}

export interface DraftSection {
  focusAreaId: string;
  heading: LocalizedText;
  paragraphs: DraftParagraph[];
}

export interface Draft {
  /** The working version the text was loaded at: the save is made against it. */
  baseVersion: number;
  title: TwoLanguages;
  originalTitle: LocalizedText;
  preamble: DraftParagraph[];
  sections: DraftSection[];
  message: string;
}

/** A list of paragraphs: the preamble, or a section by its index. */
export type ListRef = 'preamble' | number;
export type Direction = 'up' | 'down';

export type DraftAction =
  | { type: 'title'; value: TwoLanguages }
  | { type: 'message'; value: string }
  | { type: 'text'; list: ListRef; key: string; value: TwoLanguages }
  | { type: 'add'; list: ListRef; afterKey: string | null; key: string }
  | { type: 'remove'; list: ListRef; key: string }
  | { type: 'move'; list: ListRef; key: string; direction: Direction }
  | { type: 'reset'; draft: Draft };

const fromParagraph = (paragraph: Paragraph): DraftParagraph => ({
  key: paragraph.id,
  id: paragraph.id,
  text: twoLanguages(paragraph.text),
  original: paragraph.text,
});

export const emptyParagraph = (key = newKey()): DraftParagraph => ({ key, text: { en: '', id: '' }, original: {} });

/** The form's values for a version of the text. */
export function draftFrom(content: OutcomeContent, version: number): Draft {
  return {
    baseVersion: version,
    title: twoLanguages(content.title),
    originalTitle: content.title,
    preamble: content.preamble.map(fromParagraph),
    sections: content.sections.map((section) => ({
      focusAreaId: section.focusAreaId,
      heading: section.heading,
      paragraphs: section.paragraphs.map(fromParagraph),
    })),
    message: '',
  };
}

export const listOf = (draft: Draft, list: ListRef): DraftParagraph[] =>
  list === 'preamble' ? draft.preamble : (draft.sections[list]?.paragraphs ?? []);

function withList(draft: Draft, list: ListRef, change: (paragraphs: DraftParagraph[]) => DraftParagraph[]): Draft {
  if (list === 'preamble') return { ...draft, preamble: change(draft.preamble) };
  return {
    ...draft,
    sections: draft.sections.map((section, index) =>
      index === list ? { ...section, paragraphs: change(section.paragraphs) } : section,
    ),
  };
}

function moved(paragraphs: DraftParagraph[], key: string, direction: Direction): DraftParagraph[] {
  const from = paragraphs.findIndex((p) => p.key === key);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= paragraphs.length) return paragraphs;
  const next = [...paragraphs];
  const [paragraph] = next.splice(from, 1);
  if (paragraph) next.splice(to, 0, paragraph);
  return next;
}

function added(paragraphs: DraftParagraph[], afterKey: string | null, key: string): DraftParagraph[] {
  const after = afterKey === null ? -1 : paragraphs.findIndex((p) => p.key === afterKey);
  const next = [...paragraphs];
  next.splice(after < 0 ? paragraphs.length : after + 1, 0, emptyParagraph(key));
  return next;
}

export function draftReducer(draft: Draft, action: DraftAction): Draft {
  switch (action.type) {
    case 'title':
      return { ...draft, title: action.value };
    case 'message':
      return { ...draft, message: action.value };
    case 'text':
      return withList(draft, action.list, (ps) =>
        ps.map((p) => (p.key === action.key ? { ...p, text: action.value } : p)),
      );
    case 'add':
      return withList(draft, action.list, (ps) => added(ps, action.afterKey, action.key));
    case 'remove':
      return withList(draft, action.list, (ps) => ps.filter((p) => p.key !== action.key));
    case 'move':
      return withList(draft, action.list, (ps) => moved(ps, action.key, action.direction));
    case 'reset':
      return action.draft;
  }
}

/** Each paragraph's number as it would be printed: PP1... in the preamble, 1, 2... on through the sections. */
export function draftNumbers(draft: Draft): Map<string, string> {
  const numbers = new Map<string, string>();
  draft.preamble.forEach((p, index) => {
    numbers.set(p.key, `PP${index + 1}`);
  });
  let next = 0;
  for (const section of draft.sections) for (const p of section.paragraphs) numbers.set(p.key, String(++next));
  return numbers;
}

/** The server's name for a paragraph's field: "preamble.0.text.en", "sections.1.paragraphs.2.text.en". */
export const paragraphPath = (list: ListRef, index: number) =>
  list === 'preamble' ? `preamble.${index}` : `sections.${list}.paragraphs.${index}`;

const paragraphInput = (p: DraftParagraph) => ({ ...(p.id ? { id: p.id } : {}), text: localized(p.text, p.original) });

/** What PUT /outcome/text takes. */
export function toSaveInput(draft: Draft): SaveTextInput {
  return {
    baseVersion: draft.baseVersion,
    message: draft.message.trim(),
    title: localized(draft.title, draft.originalTitle),
    preamble: draft.preamble.map(paragraphInput),
    sections: draft.sections.map((s) => ({ focusAreaId: s.focusAreaId, paragraphs: s.paragraphs.map(paragraphInput) })),
  };
}

/** Whether the text differs from what was loaded (the message aside: it describes a change). */
export function isChanged(draft: Draft, pristine: Draft): boolean {
  const { message: _a, ...text } = toSaveInput(draft);
  const { message: _b, ...before } = toSaveInput(pristine);
  return JSON.stringify(text) !== JSON.stringify(before);
}

/** What the form can tell before asking the server; messages are translation keys. */
export function checkDraft(draft: Draft): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.title.en.trim()) errors.push({ field: 'title.en', message: 'outcomeEditor.errors.titleRequired' });
  const lists: ListRef[] = ['preamble', ...draft.sections.map((_, index) => index)];
  for (const list of lists) {
    listOf(draft, list).forEach((p, index) => {
      if (!p.text.en.trim())
        errors.push({
          field: `${paragraphPath(list, index)}.text.en`,
          message: 'outcomeEditor.errors.paragraphRequired',
        });
    });
  }
  if (!draft.message.trim()) errors.push({ field: 'message', message: 'outcomeEditor.errors.messageRequired' });
  return errors;
}
