import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { InstantTimes } from '../../ui/InstantTimes.js';
import { useProgramme } from '../programme/index.js';
import { livePaths, useLiveNow } from './api.js';

/** The event page's strip: the sessions live now, or else the ones that start next, each with its live page. */
export function LiveStrip({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const programme = useProgramme(slug);
  const live = useLiveNow(slug);
  if (!programme.data || !live.data) return null;
  const isNow = live.data.now.length > 0;
  const ids = isNow ? live.data.now : live.data.next;
  const sessions = programme.data.sessions.filter((s) => ids.includes(s.id));
  if (sessions.length === 0) return null;
  const first = sessions[0];
  return (
    <section aria-labelledby="live-strip" className="live-strip">
      <h2 id="live-strip">{t(isNow ? 'live.strip.now' : 'live.strip.next')}</h2>
      {!isNow && first && (
        <p>
          <InstantTimes at={first.startsAt} eventTimeZone={programme.data.event.timeZone} />
        </p>
      )}
      <ul>
        {sessions.map((session) => (
          <li key={session.id}>
            <Link to={livePaths.page(slug, session.id)}>{pickText(session.title, currentLanguage())}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
