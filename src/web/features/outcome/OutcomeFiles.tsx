import { useTranslation } from 'react-i18next';
import { type ExportLanguage, exportPaths } from './api.js';

/** The published hash, and how anyone checks a copy against it. */
export function OutcomeHash({ slug, sha256 }: { slug: string; sha256: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="outcome-hash">
      <h2 id="outcome-hash">{t('outcome.hash.title')}</h2>
      <p>
        <span className="label">{t('outcome.hash.label')}: </span>
        <code className="outcome-sha256" translate="no">
          {sha256}
        </code>
      </p>
      <p>
        {t('outcome.hash.how')}{' '}
        <a href={exportPaths.txt(slug, 'en')} hrefLang="en" type="text/plain">
          {t('outcome.hash.file')}
        </a>
        {'. '}
        {t('outcome.hash.command')} <code translate="no">sha256sum outcome.txt</code>
      </p>
    </section>
  );
}

const PUBLISHED_IN = ['en', 'id'] as const;

/** The adopted text's files, each with its language: plain text, JSON, Akoma Ntoso and PDF (one language or both). */
export function OutcomeDownloads({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const language = (code: ExportLanguage) => t(`outcome.downloads.languages.${code}`);
  const links = [
    ...PUBLISHED_IN.map((lang) => ({
      key: `txt-${lang}`,
      href: exportPaths.txt(slug, lang),
      type: 'text/plain',
      hrefLang: lang,
      label: t('outcome.downloads.txt', { language: language(lang) }),
    })),
    {
      key: 'json',
      href: exportPaths.json(slug),
      type: 'application/json',
      hrefLang: undefined,
      label: t('outcome.downloads.json'),
    },
    ...PUBLISHED_IN.map((lang) => ({
      key: `akn-${lang}`,
      href: exportPaths.akn(slug, lang),
      type: 'application/akn+xml',
      hrefLang: lang,
      label: t('outcome.downloads.akn', { language: language(lang) }),
    })),
    ...(['en', 'id', 'both'] as const).map((lang) => ({
      key: `pdf-${lang}`,
      href: exportPaths.pdf(slug, lang),
      type: 'application/pdf',
      hrefLang: lang === 'both' ? undefined : lang,
      label: t('outcome.downloads.pdf', { language: language(lang) }),
    })),
  ];
  return (
    <section aria-labelledby="outcome-downloads">
      <h2 id="outcome-downloads">{t('outcome.downloads.title')}</h2>
      <ul className="outcome-downloads">
        {links.map(({ key, label, ...link }) => (
          <li key={key}>
            <a {...link}>{label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
