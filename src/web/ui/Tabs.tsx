import type { KeyboardEvent, ReactNode } from 'react';

/**
 * Tabs as the ARIA pattern has them: arrow keys, Home and End move between the tabs (and show
 * each), Tab goes on into the panel. Each panel is one part of a long editor with a save of its own.
 */
export function Tabs<K extends string>(props: {
  id: string;
  label: string;
  tabs: { key: K; label: string }[];
  selected: K;
  onSelect: (key: K) => void;
  children: ReactNode;
}) {
  const { id, tabs, selected, onSelect } = props;
  const tabId = (key: K) => `${id}-tab-${key}`;
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.key);
    document.getElementById(tabId(tab.key))?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={props.label} className="tab-list">
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={tabId(tab.key)}
            aria-selected={tab.key === selected}
            aria-controls={`${id}-panel`}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={tabId(selected)} className="tab-panel">
        {props.children}
      </div>
    </div>
  );
}
