import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublishedProgramme } from '../../../shared/programme.js';
import { pagePath } from '../../../shared/routes.js';
import { useAccount } from '../../lib/session.js';
import { InstantTimes } from '../../ui/InstantTimes.js';
import { Localized } from '../../ui/text.js';
import { exportPaths, pagePaths } from './api.js';

/** The heading of each programme page: what it is, then the event, linked. */
export function ProgrammeHeading({ programme, title }: { programme: PublishedProgramme; title: string }) {
  return (
    <h1>
      {title}
      <span className="subtitle">
        <Link to={pagePath('event', { slug: programme.event.slug })}>
          <Localized text={programme.event.name} />
        </Link>
      </span>
    </h1>
  );
}

/** Which version this is and when it was published, with the way to what changed. */
export function VersionLine({ programme }: { programme: PublishedProgramme }) {
  const { t } = useTranslation();
  if (programme.version === 0 || !programme.publishedAt) return <p>{t('programme.notPublished')}</p>;
  return (
    <div className="programme-meta">
      <p>
        <span className="label">{t('programme.version', { version: programme.version })}</span>
        {', '}
        {t('programme.publishedAt')}{' '}
        <InstantTimes at={programme.publishedAt} eventTimeZone={programme.event.timeZone} />
      </p>
      <p>
        <Link to={pagePaths.changes(programme.event.slug)}>{t('programme.changesLink')}</Link>
      </p>
    </div>
  );
}

/** The signed-in person's way to their agenda. */
export function AgendaLink({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const account = useAccount();
  if (!account) return null;
  return (
    <p>
      <Link to={pagePaths.agenda(slug)}>{t('programme.agenda.link')}</Link>
    </p>
  );
}

/** The whole programme for calendars and conference apps. */
export function Downloads({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const links = [
    { href: exportPaths.ics(slug), label: t('programme.downloads.ics') },
    { href: exportPaths.xml(slug), label: t('programme.downloads.xml') },
    { href: exportPaths.json(slug), label: t('programme.downloads.json') },
  ];
  return (
    <section aria-labelledby="downloads">
      <h2 id="downloads">{t('programme.downloads.title')}</h2>
      <p>{t('programme.downloads.intro')}</p>
      <ul className="download-list">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} download>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
