import { useEffect, useState } from 'react';
import { TextField } from '../../../ui/Field.js';
import { fieldId } from '../../../ui/FormParts.js';
import type { ErrorFor } from '../../../ui/formErrors.js';
import { newTextItem, type TextItem } from './formValues.js';

/** After adding an item its field takes the focus; after removing one, the add button does. */
export function useFocusAfterChange() {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  return (id: string) => setTarget({ id });
}

/**
 * A short list of one-line texts (partner organisations, links to evidence): one labelled input
 * per item with its remove button, and an add button at the end.
 */
export function TextListEditor(props: {
  path: string;
  legend: string;
  hint?: string;
  itemLabel: (number: number) => string;
  removeLabel: (number: number) => string;
  addLabel: string;
  emptyText: string;
  items: TextItem[];
  onChange: (items: TextItem[]) => void;
  errorFor: ErrorFor;
  type?: 'text' | 'url';
  max: number;
}) {
  const { path, items, onChange, errorFor, type = 'text' } = props;
  const focus = useFocusAfterChange();
  const addId = `${fieldId(path)}-add`;
  const listError = errorFor(path).error;
  return (
    <fieldset className="list-editor text-list" aria-describedby={props.hint ? `${fieldId(path)}-hint` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p id={`${fieldId(path)}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      {listError && <p className="field-error">{listError}</p>}
      {items.length === 0 && <p className="muted">{props.emptyText}</p>}
      {items.map((item, index) => (
        <div key={item.key} className="text-list-item">
          <TextField
            id={fieldId(`${path}.${index}`)}
            label={props.itemLabel(index + 1)}
            type={type}
            inputMode={type === 'url' ? 'url' : undefined}
            value={item.value}
            onChange={(e) => onChange(items.map((it) => (it.key === item.key ? { ...it, value: e.target.value } : it)))}
            {...errorFor(`${path}.${index}`)}
          />
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              onChange(items.filter((it) => it.key !== item.key));
              focus(addId);
            }}
          >
            {props.removeLabel(index + 1)}
          </button>
        </div>
      ))}
      {items.length < props.max && (
        <button
          id={addId}
          type="button"
          className="secondary"
          onClick={() => {
            onChange([...items, newTextItem()]);
            focus(fieldId(`${path}.${items.length}`));
          }}
        >
          {props.addLabel}
        </button>
      )}
    </fieldset>
  );
}
