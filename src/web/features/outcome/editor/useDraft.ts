import { useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkingDocument } from '../../../../shared/outcome.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { fieldId } from '../../../ui/FormParts.js';
import { newKey } from '../../../ui/localized.js';
import {
  type Direction,
  type Draft,
  type DraftAction,
  draftFrom,
  draftNumbers,
  draftReducer,
  isChanged,
  type ListRef,
  listOf,
  paragraphPath,
} from './draft.js';

/** The focusable controls of a paragraph, by which the editor hands the focus on after a change. */
export type Control = Direction | 'remove' | 'add-end';
export const controlName = (key: string, control: Control) => `${key}:${control}`;

/** Elements by name, and the one to focus once React has drawn the change that moved it. */
function useFocusAfterRender(trigger: unknown) {
  const elements = useRef(new Map<string, HTMLElement>());
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const name = pending.current;
    if (!name || !trigger) return;
    pending.current = null;
    // A registered control, or a field by its id (the text areas are the form's own fields).
    (elements.current.get(name) ?? document.getElementById(name))?.focus();
  }, [trigger]);
  return {
    /** A ref callback for the element of that name. */
    register: (name: string) => (element: HTMLElement | null) => {
      if (element) elements.current.set(name, element);
      else elements.current.delete(name);
    },
    focusNext: (name: string) => {
      pending.current = name;
    },
  };
}

/**
 * The chair's text being edited: the reducer's state, the text as loaded (to tell what changed),
 * and the paragraph actions that keep the keyboard's focus and tell a screen reader what happened.
 */
export function useDraft(working: WorkingDocument) {
  const { t } = useTranslation();
  const [pristine, setPristine] = useState<Draft>(() => draftFrom(working.content, working.version));
  const [draft, dispatch] = useReducer(draftReducer, pristine);
  const [announcement, setAnnouncement] = useState('');
  const focus = useFocusAfterRender(draft);
  const numbers = draftNumbers(draft);
  const language = currentLanguage();

  const listName = (list: ListRef) =>
    list === 'preamble' ? t('outcomeEditor.text.preamble') : pickText(draft.sections[list]?.heading ?? {}, language);

  // The numbers after the change, worked out from the next state as the reducer will make it.
  const after = (action: DraftAction) => {
    const next = draftReducer(draft, action);
    dispatch(action);
    return { next, nextNumbers: draftNumbers(next) };
  };

  const move = (list: ListRef, key: string, direction: Direction) => {
    const paragraphs = listOf(draft, list);
    const to = paragraphs.findIndex((p) => p.key === key) + (direction === 'up' ? -1 : 1);
    if (to < 0 || to >= paragraphs.length) return;
    const { nextNumbers } = after({ type: 'move', list, key, direction });
    // At either end the button that moved it no longer applies: the other one takes the focus.
    const isAtEnd = direction === 'up' ? to === 0 : to === paragraphs.length - 1;
    focus.focusNext(controlName(key, isAtEnd ? (direction === 'up' ? 'down' : 'up') : direction));
    setAnnouncement(
      t('outcomeEditor.text.moved', {
        position: to + 1,
        count: paragraphs.length,
        list: listName(list),
        number: nextNumbers.get(key),
      }),
    );
  };

  const add = (list: ListRef, afterKey: string | null) => {
    const key = newKey();
    const { next, nextNumbers } = after({ type: 'add', list, afterKey, key });
    const index = listOf(next, list).findIndex((p) => p.key === key);
    focus.focusNext(fieldId(`${paragraphPath(list, index)}.text.en`));
    setAnnouncement(t('outcomeEditor.text.added', { number: nextNumbers.get(key), list: listName(list) }));
  };

  const remove = (list: ListRef, key: string) => {
    after({ type: 'remove', list, key });
    focus.focusNext(controlName(String(list), 'add-end'));
    setAnnouncement(t('outcomeEditor.text.removed', { list: listName(list) }));
  };

  /** The form starts again from the server's text (after a save, or to take a newer version). */
  const reset = (next: WorkingDocument) => {
    const loaded = draftFrom(next.content, next.version);
    setPristine(loaded);
    dispatch({ type: 'reset', draft: loaded });
    setAnnouncement('');
  };

  return {
    draft,
    dispatch,
    numbers,
    isDirty: isChanged(draft, pristine),
    announcement,
    register: focus.register,
    listName,
    move,
    add,
    remove,
    reset,
  };
}

export type DraftEditor = ReturnType<typeof useDraft>;
