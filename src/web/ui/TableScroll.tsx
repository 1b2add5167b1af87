import type { ReactNode } from 'react';

/**
 * A wide table scrolls sideways on a phone. The scrolling box takes the focus so
 * that a keyboard can scroll it too, and is named by the table's caption.
 */
export function TableScroll({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </section>
  );
}
