import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkingDocument } from '../../../../shared/outcome.js';
import { TextAreaField } from '../../../ui/Field.js';
import { fieldId } from '../../../ui/FormParts.js';
import type { ErrorFor } from '../../../ui/formErrors.js';
import type { DraftParagraph, ListRef } from './draft.js';
import { paragraphPath } from './draft.js';
import { ParagraphStateControl } from './ParagraphState.js';
import { controlName, type DraftEditor } from './useDraft.js';

interface Props {
  slug: string;
  working: WorkingDocument;
  editor: DraftEditor;
  list: ListRef;
  index: number;
  count: number;
  paragraph: DraftParagraph;
  errorFor: ErrorFor;
}

/** Removing a saved paragraph asks first, in place; the focus goes to the question and back. */
function RemoveStep({
  number,
  onRemove,
  buttonRef,
}: {
  number: string;
  onRemove: () => void;
  buttonRef: (element: HTMLElement | null) => void;
}) {
  const { t } = useTranslation();
  const [isAsking, setIsAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement | null>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (isAsking) question.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);
  if (!isAsking)
    return (
      <button
        type="button"
        className="secondary small"
        ref={(element) => {
          start.current = element;
          buttonRef(element);
        }}
        onClick={() => setIsAsking(true)}
      >
        {t('outcomeEditor.text.remove')}
        <span className="visually-hidden"> {t('outcomeEditor.text.paragraph', { number })}</span>
      </button>
    );
  return (
    <div className="confirm-remove alert alert-warning">
      <p ref={question} tabIndex={-1}>
        {t('outcomeEditor.text.removeQuestion', { number })}
      </p>
      <div className="form-actions">
        <button type="button" className="small" onClick={onRemove}>
          {t('outcomeEditor.text.removeConfirm')}
        </button>
        <button type="button" className="secondary small" onClick={() => setIsAsking(false)}>
          {t('outcomeEditor.text.keep')}
        </button>
      </div>
    </div>
  );
}

/** One paragraph: its English and Indonesian text, and the buttons that move, add and remove. */
export function ParagraphEditor(props: Props) {
  const { slug, working, editor, list, index, count, paragraph, errorFor } = props;
  const { t } = useTranslation();
  const number = editor.numbers.get(paragraph.key) ?? '';
  const path = paragraphPath(list, index);
  const label = t('outcomeEditor.text.paragraph', { number });
  const change = (language: 'en' | 'id', value: string) =>
    editor.dispatch({ type: 'text', list, key: paragraph.key, value: { ...paragraph.text, [language]: value } });
  // Warned until the chair writes the translation anew (the server says so again after the save).
  const isOutdated =
    paragraph.id !== undefined &&
    (working.outdated[paragraph.id] ?? []).includes('id') &&
    paragraph.text.id === (paragraph.original.id ?? '');
  const remove = () => editor.remove(list, paragraph.key);
  return (
    <li className="paragraph-editor" data-testid="paragraph">
      <p className="paragraph-number">
        <span aria-hidden="true">{number}</span>
        {paragraph.id === undefined && <span className="paragraph-new"> {t('outcomeEditor.text.isNew')}</span>}
      </p>
      <div className="paragraph-languages">
        <TextAreaField
          id={fieldId(`${path}.text.en`)}
          label={t('outcomeEditor.text.paragraphEn', { number })}
          lang="en"
          rows={4}
          value={paragraph.text.en}
          aria-required
          onChange={(e) => change('en', e.target.value)}
          {...errorFor(`${path}.text.en`)}
        />
        <div className={isOutdated ? 'paragraph-outdated' : undefined}>
          <TextAreaField
            id={fieldId(`${path}.text.id`)}
            label={t('outcomeEditor.text.paragraphId', { number })}
            hint={isOutdated ? t('outcomeEditor.text.outdated') : undefined}
            lang="id"
            rows={4}
            value={paragraph.text.id}
            onChange={(e) => change('id', e.target.value)}
            {...errorFor(`${path}.text.id`)}
          />
        </div>
      </div>
      {paragraph.id !== undefined && (
        <ParagraphStateControl
          slug={slug}
          paragraphId={paragraph.id}
          number={number}
          state={working.states[paragraph.id] ?? 'open'}
          stage={working.stage}
        />
      )}
      <div className="paragraph-actions">
        {(['up', 'down'] as const).map((direction) => {
          const isDisabled = direction === 'up' ? index === 0 : index === count - 1;
          return (
            <button
              key={direction}
              type="button"
              className="secondary small"
              ref={editor.register(controlName(paragraph.key, direction))}
              aria-disabled={isDisabled || undefined}
              onClick={() => editor.move(list, paragraph.key, direction)}
            >
              {t(direction === 'up' ? 'outcomeEditor.text.moveUp' : 'outcomeEditor.text.moveDown')}
              <span className="visually-hidden"> {label}</span>
            </button>
          );
        })}
        <button type="button" className="secondary small" onClick={() => editor.add(list, paragraph.key)}>
          {t('outcomeEditor.text.addAfter')}
          <span className="visually-hidden"> ({label})</span>
        </button>
        {paragraph.id === undefined ? (
          <button type="button" className="secondary small" onClick={remove}>
            {t('outcomeEditor.text.remove')}
            <span className="visually-hidden"> {label}</span>
          </button>
        ) : (
          <RemoveStep
            number={number}
            onRemove={remove}
            buttonRef={editor.register(controlName(paragraph.key, 'remove'))}
          />
        )}
      </div>
    </li>
  );
}
