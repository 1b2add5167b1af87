import type { ReactNode } from 'react';

export type Level = 2 | 3;

/** A heading one level under the form's own: the form is an h2 when new, an h3 inside its commitment. */
export function SubHeading({ level, id, children }: { level: Level; id: string; children: ReactNode }) {
  const Tag = level === 2 ? 'h3' : 'h4';
  return (
    <Tag id={id} className="form-section-title">
      {children}
    </Tag>
  );
}

/** One part of a long form, named by its heading, so a reader can jump between parts. */
export function FormSection(props: { id: string; level: Level; title: string; children: ReactNode }) {
  return (
    <section className="form-section" aria-labelledby={props.id}>
      <SubHeading level={props.level} id={props.id}>
        {props.title}
      </SubHeading>
      {props.children}
    </section>
  );
}
