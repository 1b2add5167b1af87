import { useRemembered } from '../../../ui/useRemembered.js';

/** The columns an organizer may show besides the name; remembered per browser. */
export const OPTIONAL_COLUMNS = [
  'email',
  'organization',
  'position',
  'country',
  'sector',
  'category',
  'attendance',
  'attended',
  'status',
  'created',
] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

export const DEFAULT_COLUMNS: readonly OptionalColumn[] = [
  'email',
  'organization',
  'country',
  'category',
  'status',
  'created',
];

const isColumn = (value: string): value is OptionalColumn => OPTIONAL_COLUMNS.includes(value as OptionalColumn);

/** A stored choice: known column names, comma-separated (possibly none). */
const isStoredChoice = (value: string): value is string => value === '' || value.split(',').every(isColumn);

/** The shown columns, in the table's order, and a toggle that remembers the choice. */
export function useColumns() {
  const [stored, remember] = useRemembered<string>(
    'pendopo.registrations.columns',
    DEFAULT_COLUMNS.join(','),
    isStoredChoice,
  );
  const shown = new Set(stored.split(',').filter(isColumn));
  const toggle = (column: OptionalColumn, isOn: boolean) => {
    const next = OPTIONAL_COLUMNS.filter((c) => (c === column ? isOn : shown.has(c)));
    remember(next.join(','));
  };
  return { shown: OPTIONAL_COLUMNS.filter((c) => shown.has(c)), toggle };
}
