import { useTranslation } from 'react-i18next';

const isTextRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string');

/** A value as a person reads it: yes or no in their language, texts by language, lists joined, the rest as JSON. */
function valueText(value: unknown, words: { yes: string; no: string }): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isTextRecord(value))
    return Object.entries(value)
      .map(([language, text]) => `${language}: “${text}”`)
      .join(' · ');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value);
}

/** What an audit entry records: the fields a change touched and their new values, or its other details (no ids). */
export function AuditSummary({ summary }: { summary: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const fieldName = (field: string) => {
    const key = `audit.fields.${field}`;
    return i18n.exists(key) ? t(key) : field;
  };
  const words = { yes: t('audit.yes'), no: t('audit.no') };
  const items: { key: string; label: string; value: string }[] = [];
  for (const [key, value] of Object.entries(summary)) {
    // Ids read as nothing to a person: the record's link stands for them.
    if (/Ids?$/.test(key)) continue;
    if (key === 'changed' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [field, newValue] of Object.entries(value)) {
        items.push({ key: `changed.${field}`, label: fieldName(field), value: valueText(newValue, words) });
      }
    } else if (key === 'replaced' && Array.isArray(value)) {
      items.push({ key, label: t('audit.replaced'), value: value.map((f) => fieldName(String(f))).join(', ') });
    } else {
      items.push({ key, label: fieldName(key), value: valueText(value, words) });
    }
  }
  if (items.length === 0) return null;
  return (
    <ul className="audit-summary">
      {items.map((item) => (
        <li key={item.key}>
          <span className="label">{item.label}:</span> {item.value}
        </li>
      ))}
    </ul>
  );
}
