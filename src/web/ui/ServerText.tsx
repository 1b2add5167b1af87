import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Text the server wrote (its messages are English): marked so that screen readers pronounce it as English. */
export function ServerText({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? children : <span lang="en">{children}</span>;
}
