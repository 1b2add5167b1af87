import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { LoadError } from '../../../ui/States.js';
import { trackerKeys } from '../api.js';
import { badRows } from './hostRules.js';
import { ImportIssues } from './ImportIssues.js';
import { useImportProgress } from './importApi.js';

/**
 * A queued import followed to its end: a bar and the numbers in text, read again every second.
 * Screen readers hear it start, each quarter, and the end, not every second's count.
 */
export function ImportProgress({ slug, importId, total }: { slug: string; importId: string; total: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const progress = useImportProgress(slug, importId);
  const view = progress.data;
  const done = view?.done ?? 0;
  const count = view?.total ?? total;
  const state = view?.state ?? 'queued';
  const quarter = count > 0 ? Math.floor((done / count) * 4) : 0;
  const [announced, setAnnounced] = useState(() => t('commitmentsHost.import.started', { count: total }));
  const number = new Intl.NumberFormat(INTL_LOCALES[currentLanguage()]);
  // The button that started it is gone: the focus comes here.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    if (state === 'done') setAnnounced(t('commitmentsHost.import.done', { count }));
    else if (state === 'failed') setAnnounced(t('commitmentsHost.import.failed'));
    else if (quarter > 0 && quarter < 4) setAnnounced(t('commitmentsHost.import.quarter', { percent: quarter * 25 }));
  }, [state, quarter, count, t]);

  // The imported commitments change every figure of the tracker.
  useEffect(() => {
    if (state === 'done') void queryClient.invalidateQueries({ queryKey: trackerKeys.all(slug) });
  }, [state, slug, queryClient]);

  if (progress.isError) return <LoadError error={progress.error} onRetry={() => void progress.refetch()} />;
  const percent = count > 0 ? Math.round((done / count) * 100) : 0;
  return (
    <div className="host-import-progress">
      <h4 ref={heading} tabIndex={-1}>
        {t('commitmentsHost.import.progressTitle')}
      </h4>
      <label htmlFor="import-progress" className="label">
        {t('commitmentsHost.import.progressLabel')}
      </label>
      <progress id="import-progress" max={Math.max(count, 1)} value={done} />
      <p>
        {t(`commitmentsHost.import.states.${state}`)}{' '}
        {t('commitmentsHost.import.counts', { done: number.format(done), total: number.format(count), percent })}
      </p>
      <p role="status" className={state === 'done' ? 'alert alert-success' : 'visually-hidden'}>
        {announced}
      </p>
      {state === 'failed' && view && (
        <>
          <div role="alert" className="alert alert-error">
            <p>{t('commitmentsHost.import.failedExplain', { count: badRows(view.errors) })}</p>
          </div>
          {view.errors.length > 0 && <ImportIssues errors={view.errors} captionId="import-failed-caption" />}
        </>
      )}
    </div>
  );
}
