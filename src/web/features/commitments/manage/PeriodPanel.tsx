import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../shared/events.js';
import { dueDate } from '../../../../shared/tracker.js';
import { ConfirmInline } from '../../../ui/ConfirmInline.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { StatusMessage } from '../../../ui/ProblemAlert.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { useTrackerDashboard, useTrackerSettings } from '../api.js';
import { CountryTable } from './CountryTable.js';
import { useRemindNow } from './hostApi.js';

/** The one click that reminds every country owing a report, still once per period. */
function RemindNow({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const remind = useRemindNow(slug);
  const [result, setResult] = useState<string | null>(null);
  const send = async () => {
    setResult(null);
    const { sent, alreadySent } = await remind.mutateAsync(undefined);
    if (sent + alreadySent === 0) return setResult(t('commitmentsHost.remind.noneOwed'));
    const sentText =
      sent > 0 ? t('commitmentsHost.remind.sent', { count: sent }) : t('commitmentsHost.remind.sentNone');
    const already = alreadySent > 0 ? ` ${t('commitmentsHost.remind.alreadySent', { count: alreadySent })}` : '';
    setResult(`${sentText}${already}`);
  };
  return (
    <div className="host-remind">
      <ConfirmInline
        isPlain
        isStartSecondary={false}
        id="host-remind"
        start={t('commitmentsHost.remind.start')}
        question={t('commitmentsHost.remind.question')}
        confirm={t('commitmentsHost.remind.confirm')}
        keep={t('commitmentsHost.remind.keep')}
        isBusy={remind.isPending}
        error={remind.error}
        onConfirm={send}
      >
        <p>{t('commitmentsHost.remind.explain')}</p>
      </ConfirmInline>
      <StatusMessage>{result}</StatusMessage>
    </div>
  );
}

/** The period now running, when its reports are due, and per country who has reported, who is late, who is silent. */
export function PeriodPanel({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const dashboard = useTrackerDashboard(event.slug);
  const settings = useTrackerSettings(event.slug);
  if (dashboard.isPending || settings.isPending) return <Loading />;
  if (dashboard.isError) return <LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  const { currentPeriod, currentDue, countries } = dashboard.data;
  const { reportingFrom, periodMonths } = settings.data;
  const reporting = reportingFrom ? { from: new Date(reportingFrom), periodMonths } : null;
  const startsAt =
    reporting && currentPeriod > 0
      ? (currentPeriod > 1 ? dueDate(reporting, currentPeriod - 1) : reporting.from).toISOString()
      : null;
  const late = countries.filter((c) => c.late > 0).length;
  const inactive = countries.filter((c) => c.inactive > 0).length;
  const awaiting = countries.reduce((sum, c) => sum + c.awaitingReview, 0);
  return (
    <>
      {!currentDue ? (
        <p className="alert alert-info">{t('commitmentsHost.period.notStarted')}</p>
      ) : (
        <dl className="details host-period">
          <div>
            <dt>{t('commitmentsHost.period.current')}</dt>
            <dd>
              {currentPeriod > 0
                ? t('commitmentsHost.period.number', { number: currentPeriod, count: periodMonths })
                : t('commitmentsHost.period.notYet')}
            </dd>
          </div>
          {currentPeriod === 0 && reportingFrom && (
            <div>
              <dt>{t('commitmentsHost.period.beginsAt')}</dt>
              <dd>
                <InstantTimes at={reportingFrom} eventTimeZone={event.timeZone} />
              </dd>
            </div>
          )}
          {startsAt && (
            <div>
              <dt>{t('commitmentsHost.period.startedAt')}</dt>
              <dd>
                <InstantTimes at={startsAt} eventTimeZone={event.timeZone} />
              </dd>
            </div>
          )}
          <div>
            <dt>{t('commitmentsHost.period.dueAt')}</dt>
            <dd>
              <InstantTimes at={currentDue} eventTimeZone={event.timeZone} />
            </dd>
          </div>
        </dl>
      )}
      {countries.length === 0 ? (
        <p>{t('commitmentsHost.period.noCountries')}</p>
      ) : (
        <>
          <p>
            {t('commitmentsHost.period.lateCountries', { count: late })}{' '}
            {t('commitmentsHost.period.inactiveCountries', { count: inactive })}{' '}
            {t('commitmentsHost.period.awaiting', { count: awaiting })}
          </p>
          <CountryTable rows={countries} />
        </>
      )}
      {currentDue && <RemindNow slug={event.slug} />}
    </>
  );
}
