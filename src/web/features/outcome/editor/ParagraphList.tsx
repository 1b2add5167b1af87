import { useTranslation } from 'react-i18next';
import type { WorkingDocument } from '../../../../shared/outcome.js';
import type { ErrorFor } from '../../../ui/formErrors.js';
import { Localized } from '../../../ui/text.js';
import { type ListRef, listOf } from './draft.js';
import { ParagraphEditor } from './ParagraphEditor.js';
import { controlName, type DraftEditor } from './useDraft.js';

interface Props {
  slug: string;
  working: WorkingDocument;
  editor: DraftEditor;
  list: ListRef;
  errorFor: ErrorFor;
}

/** The preamble, or one focus area's section: its heading, its paragraphs in order, and a way to add one. */
export function ParagraphList({ slug, working, editor, list, errorFor }: Props) {
  const { t } = useTranslation();
  const paragraphs = listOf(editor.draft, list);
  const section = list === 'preamble' ? null : editor.draft.sections[list];
  const headingId = `editor-list-${list}`;
  return (
    <section className="paragraph-list" aria-labelledby={headingId}>
      <h3 id={headingId}>{section ? <Localized text={section.heading} /> : t('outcomeEditor.text.preamble')}</h3>
      {paragraphs.length === 0 ? (
        <p className="hint">{t('outcomeEditor.text.empty')}</p>
      ) : (
        <ol className="paragraphs">
          {paragraphs.map((paragraph, index) => (
            <ParagraphEditor
              key={paragraph.key}
              slug={slug}
              working={working}
              editor={editor}
              list={list}
              index={index}
              count={paragraphs.length}
              paragraph={paragraph}
              errorFor={errorFor}
            />
          ))}
        </ol>
      )}
      <button
        type="button"
        className="secondary"
        ref={editor.register(controlName(String(list), 'add-end'))}
        onClick={() => editor.add(list, null)}
      >
        {t('outcomeEditor.text.addEnd')}
        <span className="visually-hidden"> ({editor.listName(list)})</span>
      </button>
    </section>
  );
}
