import { useEffect, useState } from 'react';

/**
 * A choice the viewer makes once and finds again on their next visit (this browser's storage).
 * The first render uses the default, as the server's did; the stored choice follows at once, and
 * `isRead` says when it has (so nothing is loaded on a choice the viewer did not make).
 */
export function useRemembered<T extends string>(key: string, fallback: T, isValid: (value: string) => value is T) {
  const [value, setValue] = useState<T>(fallback);
  const [isRead, setRead] = useState(false);
  useEffect(() => {
    try {
      const stored = window.localStorage.getItem(key);
      if (stored !== null && isValid(stored)) setValue(stored);
    } catch {
      // Storage refused (private mode): the choice lasts for this page only.
    }
    setRead(true);
  }, [key, isValid]);
  const remember = (next: T) => {
    setValue(next);
    try {
      window.localStorage.setItem(key, next);
    } catch {
      // As above.
    }
  };
  return [value, remember, isRead] as const;
}
