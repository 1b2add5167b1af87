import type { ReactNode } from 'react';

/**
 * A submit button that stays focusable while its form is busy: a disabled button
 * drops the keyboard focus to the page's start. The form ignores a second submit.
 */
export function SubmitButton({ isBusy, children }: { isBusy: boolean; children: ReactNode }) {
  return (
    <button type="submit" aria-disabled={isBusy || undefined}>
      {children}
    </button>
  );
}
