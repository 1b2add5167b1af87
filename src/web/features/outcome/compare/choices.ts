import { useState } from 'react';
import { useSearchParams } from 'react-router';

// The comparison's choices, kept in the address so that a reload or a shared link shows the same.

/** The languages the document is compared in: LANGUAGES_OF_OUTCOME in src/shared/outcome.ts (its zod stays out of the bundle). */
export const COMPARE_LANGUAGES = ['en', 'id'] as const;
export type CompareLanguage = (typeof COMPARE_LANGUAGES)[number];
export const COMPARE_VIEWS = ['inline', 'side'] as const;
export type CompareView = (typeof COMPARE_VIEWS)[number];

export interface CompareChoices {
  /** Null until there are two versions to choose from. */
  from: number | null;
  to: number | null;
  lang: CompareLanguage;
  view: CompareView;
  /** Only the paragraphs whose words changed (the default), or every paragraph. */
  isChangedOnly: boolean;
}

const oneOf = <T extends string>(options: readonly T[], value: string | null, fallback: T): T =>
  options.find((option) => option === value) ?? fallback;

/** A version the address names, if there is one; otherwise the fallback. */
function versionOf(value: string | null, versions: readonly number[], fallback: number | null) {
  const number = Number(value);
  return value !== null && versions.includes(number) ? number : fallback;
}

/**
 * What the address says, each choice checked against what exists: by default the version before
 * the latest against the latest, in the authoritative language (English), inline, the changes only.
 */
export function readChoices(params: URLSearchParams, versions: readonly number[]): CompareChoices {
  const sorted = [...versions].sort((a, b) => a - b);
  const latest = sorted.at(-1) ?? null;
  const before = sorted.length > 1 ? (sorted.at(-2) ?? null) : null;
  return {
    from: sorted.length > 1 ? versionOf(params.get('from'), sorted, before) : null,
    to: sorted.length > 1 ? versionOf(params.get('to'), sorted, latest) : null,
    lang: oneOf(COMPARE_LANGUAGES, params.get('lang'), 'en'),
    view: oneOf(COMPARE_VIEWS, params.get('view'), 'inline'),
    isChangedOnly: params.get('all') !== '1',
  };
}

export function writeChoices(choices: CompareChoices, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null) => (value === null ? next.delete(key) : next.set(key, value));
  set('from', choices.from === null ? null : String(choices.from));
  set('to', choices.to === null ? null : String(choices.to));
  set('lang', choices.lang);
  set('view', choices.view);
  set('all', choices.isChangedOnly ? null : '1');
  return next;
}

/**
 * The choices, from the address. The router writes the address in a transition, later than a
 * select changes: the choice is held here meanwhile (as the programme's filters do), or a select
 * driven from the address would jump back under a keyboard moving through its options.
 */
export function useCompareChoices(versions: readonly number[]): [CompareChoices, (next: CompareChoices) => void] {
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  const [held, setHeld] = useState<{ choices: CompareChoices; written: Set<string> } | null>(null);
  const change = (next: CompareChoices) => {
    const nextParams = writeChoices(next, params);
    setHeld((h) => ({ choices: next, written: new Set([...(h?.written ?? []), address, nextParams.toString()]) }));
    setParams(nextParams, { replace: true, preventScrollReset: true });
  };
  // An address this page did not write (a link, the browser's history) is followed.
  return [held?.written.has(address) ? held.choices : readChoices(params, versions), change];
}
