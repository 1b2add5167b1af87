import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, LocalizedFields } from './FormParts.js';
import type { ErrorFor } from './formErrors.js';
import { newKey, type TitledItem } from './localized.js';

/** After adding, moving or removing an item, the focus goes where the person looks next. */
function useFocusAfterChange() {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  // A new object each time: moving the same item twice moves the focus twice.
  return (id: string) => setTarget({ id });
}

/** The list with the item at `from` put at `to`. */
export function moved<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined || to < 0 || to >= items.length) return items;
  next.splice(to, 0, item);
  return next;
}

/**
 * One editable list (themes, rooms, categories, questions, options): each item in a fieldset of
 * its own with buttons to move it up or down and to remove it, a handle to drag it by, and an add
 * button at the end.
 */
export function ListEditor<T extends { key: string }>(props: {
  path: string;
  /** Where the legend, item and add texts are: `settings.<path>` unless said. */
  texts?: string;
  items: T[];
  onChange: (items: T[]) => void;
  newItem: () => T;
  /** The path of an item's first field, which gets the focus when it is added. */
  firstField: (index: number) => string;
  renderFields: (item: T, index: number, update: (change: Partial<T>) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const { path, items, onChange } = props;
  const focus = useFocusAfterChange();
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const addId = `${fieldId(path)}-add`;
  const moveId = (key: string, way: 'up' | 'down') => `${fieldId(path)}-${key}-${way}`;
  const texts = props.texts ?? `settings.${path}`;
  const listId = fieldId(path);
  /** The key of this list's item under the pointer, if any. */
  const itemAt = (x: number, y: number) =>
    document.elementFromPoint(x, y)?.closest<HTMLElement>(`[data-drag-list="${listId}"]`)?.dataset.dragKey ?? null;
  const move = (index: number, to: number, key: string) => {
    onChange(moved(items, index, to));
    // The same button on the moved item, or its other one at the end of the list.
    const way = to < index ? (to === 0 ? 'down' : 'up') : to === items.length - 1 ? 'up' : 'down';
    focus(moveId(key, way));
  };
  return (
    <fieldset className="list-editor">
      <legend>{t(`${texts}.legend`)}</legend>
      {items.length === 0 && <p>{t('settings.list.empty')}</p>}
      {items.map((item, index) => {
        const itemName = t(`${texts}.item`, { number: index + 1 });
        const update = (change: Partial<T>) =>
          onChange(items.map((it) => (it.key === item.key ? { ...it, ...change } : it)));
        return (
          <fieldset
            key={item.key}
            className={`list-item${dragged && over === item.key && dragged !== item.key ? ' is-drop-target' : ''}`}
            data-drag-list={listId}
            data-drag-key={item.key}
          >
            <legend>{itemName}</legend>
            {props.renderFields(item, index, update)}
            <div className="list-item-tools">
              {items.length > 1 && (
                <>
                  {/* For a pointer; the buttons beside it do the same from the keyboard. */}
                  <span
                    className="drag-handle"
                    aria-hidden="true"
                    title={t('settings.list.drag')}
                    onPointerDown={(event) => {
                      event.currentTarget.setPointerCapture(event.pointerId);
                      setDragged(item.key);
                    }}
                    onPointerMove={(event) => dragged && setOver(itemAt(event.clientX, event.clientY))}
                    onPointerUp={(event) => {
                      const target = itemAt(event.clientX, event.clientY);
                      const to = items.findIndex((it) => it.key === target);
                      if (to >= 0 && to !== index) onChange(moved(items, index, to));
                      setDragged(null);
                      setOver(null);
                    }}
                    onPointerCancel={() => {
                      setDragged(null);
                      setOver(null);
                    }}
                  >
                    ⠿ {t('settings.list.drag')}
                  </span>
                  <button
                    type="button"
                    className="secondary small"
                    id={moveId(item.key, 'up')}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1, item.key)}
                  >
                    {t('settings.list.moveUp', { item: itemName })}
                  </button>
                  <button
                    type="button"
                    className="secondary small"
                    id={moveId(item.key, 'down')}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, index + 1, item.key)}
                  >
                    {t('settings.list.moveDown', { item: itemName })}
                  </button>
                </>
              )}
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  onChange(items.filter((it) => it.key !== item.key));
                  focus(addId);
                }}
              >
                {t('settings.list.remove', { item: itemName })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        id={addId}
        type="button"
        className="secondary"
        onClick={() => {
          onChange([...items, props.newItem()]);
          focus(fieldId(props.firstField(items.length)));
        }}
      >
        {t(`${texts}.add`)}
      </button>
    </fieldset>
  );
}

export function TitledListEditor(props: {
  path: 'statementThemes' | 'focusAreas';
  items: TitledItem[];
  onChange: (items: TitledItem[]) => void;
  errorFor: ErrorFor;
}) {
  const { t } = useTranslation();
  const { path, errorFor } = props;
  return (
    <ListEditor
      path={path}
      items={props.items}
      onChange={props.onChange}
      newItem={() => ({ key: newKey(), title: { en: '', id: '' } })}
      firstField={(index) => `${path}.${index}.title.en`}
      renderFields={(item, index, update) => (
        <LocalizedFields
          path={`${path}.${index}.title`}
          label={t('settings.list.title')}
          value={item.title}
          onChange={(title) => update({ title })}
          errorFor={errorFor}
        />
      )}
    />
  );
}

export function CountryPicker(props: {
  value: string[];
  onChange: (codes: string[]) => void;
  countries: { code: string; name: string }[];
  error?: string;
  /** The field's id, and where its legend, label and button texts are: the event's invited countries unless said. */
  id?: string;
  texts?: string;
}) {
  const { t } = useTranslation();
  const { value, onChange, countries, error, id = 'f-invitedCountries', texts = 'settings.invited' } = props;
  const [choice, setChoice] = useState('');
  const picker = useRef<HTMLSelectElement>(null);
  const chosen = countries.filter((c) => value.includes(c.code));
  const available = countries.filter((c) => !value.includes(c.code));
  return (
    <fieldset className="list-editor" id={id}>
      <legend>{t(`${texts}.legend`, { count: value.length })}</legend>
      {error && <p className="field-error">{error}</p>}
      {chosen.length === 0 ? (
        <p>{t('settings.list.empty')}</p>
      ) : (
        <ul className="chosen-countries">
          {chosen.map((country) => (
            <li key={country.code}>
              <span>{country.name}</span>
              <button
                type="button"
                className="secondary small"
                onClick={() => {
                  onChange(value.filter((code) => code !== country.code));
                  picker.current?.focus();
                }}
              >
                {t('settings.list.removeShort')}
                <span className="visually-hidden"> {country.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-add">
        <label htmlFor={`${id}-choice`}>{t(`${texts}.choose`)}</label>
        <select ref={picker} id={`${id}-choice`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t(`${texts}.none`)}</option>
          {available.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            if (choice) onChange([...value, choice]);
            setChoice('');
          }}
        >
          {t(`${texts}.add`)}
        </button>
      </div>
    </fieldset>
  );
}
