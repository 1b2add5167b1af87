import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { TextField } from '../../../ui/Field.js';
import { fieldId, LocalizedFields } from '../../../ui/FormParts.js';
import type { ErrorFor } from '../../../ui/formErrors.js';
import { formatPercent } from './format.js';
import { type DeliverableItem, MAX_DELIVERABLES, newDeliverable } from './formValues.js';
import { useFocusAfterChange } from './TextListEditor.js';

type Direction = 'up' | 'down';

const shareOf = (items: DeliverableItem[], item: DeliverableItem) => {
  const weightOf = (d: DeliverableItem) => (Number(d.weight) >= 1 ? Math.round(Number(d.weight)) : 0);
  const total = items.reduce((sum, d) => sum + weightOf(d), 0);
  return total ? Math.round((weightOf(item) / total) * 100) : 0;
};

/**
 * The commitment's deliverables: added, removed and reordered with buttons. A moved deliverable's
 * button keeps the focus and a live region says where it went, so the keyboard and screen readers follow.
 */
export function DeliverablesEditor(props: {
  items: DeliverableItem[];
  onChange: (items: DeliverableItem[]) => void;
  errorFor: ErrorFor;
}) {
  const { t } = useTranslation();
  const { items, onChange, errorFor } = props;
  const locale = INTL_LOCALES[currentLanguage()];
  const focus = useFocusAfterChange();
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfter = useRef<{ key: string; direction: Direction } | null>(null);
  const addId = `${fieldId('deliverables')}-add`;
  const listError = errorFor('deliverables').error;
  const nameOf = (item: DeliverableItem, index: number) =>
    item.title.en.trim() || t('commitmentsOwn.deliverables.item', { number: index + 1 });

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    const index = items.findIndex((d) => d.key === target.key);
    // At either end the button that moved it no longer applies: the other one takes the focus.
    const isAtEnd = target.direction === 'up' ? index === 0 : index === items.length - 1;
    const direction = isAtEnd ? (target.direction === 'up' ? 'down' : 'up') : target.direction;
    buttons.current.get(`${target.key}:${direction}`)?.focus();
    focusAfter.current = null;
  }, [items]);

  const move = (index: number, direction: Direction) => {
    const to = direction === 'up' ? index - 1 : index + 1;
    const item = items[index];
    if (!item || to < 0 || to >= items.length) return;
    const next = [...items];
    next.splice(index, 1);
    next.splice(to, 0, item);
    focusAfter.current = { key: item.key, direction };
    onChange(next);
    setAnnouncement(
      t('commitmentsOwn.deliverables.moved', { name: nameOf(item, index), position: to + 1, count: next.length }),
    );
  };

  return (
    <fieldset className="list-editor deliverables" id={fieldId('deliverables')} aria-describedby="deliverables-hint">
      <legend>{t('commitmentsOwn.deliverables.legend', { count: items.length })}</legend>
      <p id="deliverables-hint" className="hint">
        {t('commitmentsOwn.deliverables.hint')}
      </p>
      {listError && <p className="field-error">{listError}</p>}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <ol className="deliverable-list">
        {items.map((item, index) => {
          const label = t('commitmentsOwn.deliverables.item', { number: index + 1 });
          const update = (change: Partial<DeliverableItem>) =>
            onChange(items.map((d) => (d.key === item.key ? { ...d, ...change } : d)));
          return (
            <li key={item.key}>
              <fieldset className="list-item deliverable">
                <legend>{label}</legend>
                <LocalizedFields
                  path={`deliverables.${index}.title`}
                  label={t('commitmentsOwn.deliverables.title')}
                  value={item.title}
                  onChange={(title) => update({ title })}
                  errorFor={errorFor}
                />
                <div className="deliverable-numbers">
                  <TextField
                    id={fieldId(`deliverables.${index}.dueOn`)}
                    label={t('commitmentsOwn.deliverables.dueOn')}
                    type="date"
                    aria-required
                    value={item.dueOn}
                    onChange={(e) => update({ dueOn: e.target.value })}
                    {...errorFor(`deliverables.${index}.dueOn`)}
                  />
                  <TextField
                    id={fieldId(`deliverables.${index}.weight`)}
                    label={t('commitmentsOwn.deliverables.weight')}
                    hint={t('commitmentsOwn.deliverables.weightHint', {
                      share: formatPercent(shareOf(items, item), locale),
                    })}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={100}
                    step={1}
                    aria-required
                    value={item.weight}
                    onChange={(e) => update({ weight: e.target.value })}
                    {...errorFor(`deliverables.${index}.weight`)}
                  />
                </div>
                <div className="item-actions">
                  {(['up', 'down'] as const).map((direction) => {
                    const isDisabled = direction === 'up' ? index === 0 : index === items.length - 1;
                    if (items.length < 2) return null;
                    return (
                      <button
                        key={direction}
                        type="button"
                        className="secondary small"
                        ref={(element) => {
                          if (element) buttons.current.set(`${item.key}:${direction}`, element);
                          else buttons.current.delete(`${item.key}:${direction}`);
                        }}
                        aria-disabled={isDisabled || undefined}
                        onClick={() => move(index, direction)}
                      >
                        {t(`commitmentsOwn.deliverables.move.${direction}`)}
                        <span className="visually-hidden"> {label}</span>
                      </button>
                    );
                  })}
                  {items.length > 1 && (
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => {
                        onChange(items.filter((d) => d.key !== item.key));
                        focus(addId);
                      }}
                    >
                      {t('commitmentsOwn.deliverables.remove')}
                      <span className="visually-hidden"> {label}</span>
                    </button>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {items.length < MAX_DELIVERABLES && (
        <button
          id={addId}
          type="button"
          className="secondary"
          onClick={() => {
            onChange([...items, newDeliverable()]);
            focus(fieldId(`deliverables.${items.length}.title.en`));
          }}
        >
          {t('commitmentsOwn.deliverables.add')}
        </button>
      )}
    </fieldset>
  );
}
