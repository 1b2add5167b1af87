import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Each page names itself first in the tab and in the history: "ICDD 2021 · Pendopo".
 * Null leaves the title to a child (an error page); a parent's effect runs after its child's.
 */
export function useDocumentTitle(title: string | null) {
  const { t } = useTranslation();
  const site = t('site.name');
  useEffect(() => {
    if (title !== null) document.title = title ? `${title} · ${site}` : site;
  }, [title, site]);
}
