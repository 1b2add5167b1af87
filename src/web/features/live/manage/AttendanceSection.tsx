import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventView } from '../../../../shared/events.js';
import type { Attendance } from '../../../../shared/live.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { api, eventApiPath } from '../../../lib/api.js';
import { pickText } from '../../../lib/contract.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { useProgramme } from '../../programme/index.js';
import { liveKeys, livePaths } from '../api.js';

/** Staff: who watches each session now and at the peak, and who attended online, at the venue or both. */
export function AttendanceSection({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const slug = event.slug;
  const programme = useProgramme(slug);
  const attendance = useQuery({
    queryKey: liveKeys.attendance(slug),
    queryFn: () => api.get<Attendance>(eventApiPath(slug, '/live/attendance')),
    // Viewers come and go: read again every half minute while the section is open.
    refetchInterval: 30_000,
  });
  if (attendance.isPending || programme.isPending) return <Loading />;
  if (attendance.isError) return <LoadError error={attendance.error} onRetry={() => void attendance.refetch()} />;
  if (programme.isError) return <LoadError error={programme.error} onRetry={() => void programme.refetch()} />;
  const number = new Intl.NumberFormat(INTL_LOCALES[currentLanguage()]);
  const totals = attendance.data.event;
  const titles = new Map(programme.data.sessions.map((s) => [s.id, pickText(s.title, currentLanguage())]));
  return (
    <section aria-labelledby="attendance">
      <h2 id="attendance">{t('live.attendance.title')}</h2>
      <dl className="details">
        {(['attended', 'inPerson', 'online', 'both'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`live.attendance.event.${key}`)}</dt>
            <dd>{number.format(totals[key])}</dd>
          </div>
        ))}
      </dl>
      <TableScroll captionId="attendance-sessions">
        <table>
          <caption id="attendance-sessions">{t('live.attendance.sessions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('live.attendance.session')}</th>
              <th scope="col">{t('live.attendance.now')}</th>
              <th scope="col">{t('live.attendance.peak')}</th>
              <th scope="col">{t('live.attendance.online')}</th>
            </tr>
          </thead>
          <tbody>
            {attendance.data.sessions.map((row) => (
              <tr key={row.sessionId}>
                <th scope="row">
                  <Link to={livePaths.page(slug, row.sessionId)}>{titles.get(row.sessionId) ?? row.sessionId}</Link>
                </th>
                <td>{number.format(row.now)}</td>
                <td>{number.format(row.peak)}</td>
                <td>{number.format(row.online)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="hint">{t('live.attendance.hint')}</p>
    </section>
  );
}
