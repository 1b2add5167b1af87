import { type RefObject, useEffect } from 'react';

/**
 * Moves the keyboard focus to an element when it appears (a form opened, a question
 * asked in place of the button that was pressed), so that the reader is not left on
 * an element that has gone.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    ref.current?.focus();
  }, [ref]);
}
