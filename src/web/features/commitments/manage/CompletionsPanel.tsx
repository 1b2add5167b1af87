import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommitmentSummary } from '../../../../shared/commitmentViews.js';
import type { EventView } from '../../../../shared/events.js';
import { pagePath } from '../../../../shared/routes.js';
import { ConfirmInline } from '../../../ui/ConfirmInline.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { StatusMessage } from '../../../ui/ProblemAlert.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { Localized, LocalizedParagraphs } from '../../../ui/text.js';
import { useStaffCommitmentList } from '../api.js';
import { useConfirmCompletion, useStaffCommitment } from './hostApi.js';
import { countryLabel, focusAreaTitle, plain } from './names.js';
import { listQuery, Pager } from './Pager.js';

/** What the country said when it reported the commitment completed: read when the host opens it. */
function LastReport({ event, item }: { event: EventView; item: CommitmentSummary }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details onToggle={(e) => setIsOpen(e.currentTarget.open)}>
      <summary>{t('commitmentsHost.completions.lastReport')}</summary>
      {isOpen && <LastReportBody event={event} item={item} />}
    </details>
  );
}

function LastReportBody({ event, item }: { event: EventView; item: CommitmentSummary }) {
  const { t } = useTranslation();
  const commitment = useStaffCommitment(event.slug, item.delegationId, item.id);
  if (commitment.isPending) return <Loading />;
  if (commitment.isError) return <LoadError error={commitment.error} onRetry={() => void commitment.refetch()} />;
  const last = commitment.data.reports.at(-1);
  if (!last) return null;
  return (
    <div className="host-last-report">
      <p>
        <InstantTimes at={last.submittedAt} eventTimeZone={event.timeZone} />
        {last.isOnBehalf && ` (${t('commitmentsHost.detail.onBehalf')})`}
      </p>
      <LocalizedParagraphs text={last.narrative} />
      {last.evidence.length > 0 && (
        <ul>
          {last.evidence.map((url) => (
            <li key={url}>
              <a href={url} rel="noopener noreferrer">
                {url}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CompletionItem(props: { event: EventView; item: CommitmentSummary; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const { event, item } = props;
  const confirm = useConfirmCompletion(event.slug);
  const title = plain(item.title);
  return (
    <li className="host-completion">
      <p className="host-completion-title">
        <Link to={pagePath('commitment', { slug: event.slug, id: item.id })}>
          <Localized text={item.title} />
        </Link>
      </p>
      <p className="meta">
        {countryLabel(item)} · <Localized text={focusAreaTitle(event, item.focusAreaId)} /> ·{' '}
        {t('commitmentsHost.completions.progress', { progress: item.progress })}
      </p>
      <LastReport event={event} item={item} />
      <ConfirmInline
        isPlain
        isStartSecondary={false}
        id={`completion-${item.id}`}
        start={t('commitmentsHost.completions.start')}
        startLabel={t('commitmentsHost.completions.startLabel', { title })}
        question={t('commitmentsHost.completions.question', { title, country: countryLabel(item) })}
        confirm={t('commitmentsHost.completions.confirm')}
        keep={t('commitmentsHost.completions.keep')}
        isBusy={confirm.isPending}
        error={confirm.error}
        onConfirm={async () => {
          await confirm.mutateAsync(item.id);
          props.onDone(t('commitmentsHost.completions.done', { title }));
        }}
      >
        <p>{t('commitmentsHost.completions.explain')}</p>
      </ConfirmInline>
    </li>
  );
}

/** Published commitments whose country reported them completed: they count as completed once confirmed here. */
export function CompletionsPanel({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<string | null>(null);
  const query = listQuery({ reviewState: 'published', status: 'completion_pending' }, page);
  const list = useStaffCommitmentList(event.slug, query);
  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const { items, total } = list.data;
  const done = (message: string) => {
    setStatus(message);
    // The confirmed one leaves the list with its button: the focus goes to the list's heading.
    document.getElementById('host-completions-title')?.focus();
  };
  return (
    <>
      <StatusMessage>{status}</StatusMessage>
      {total === 0 ? (
        <p>{t('commitmentsHost.completions.empty')}</p>
      ) : (
        <>
          <p>{t('commitmentsHost.completions.count', { count: total })}</p>
          <ul className="host-completions">
            {items.map((item) => (
              <CompletionItem key={item.id} event={event} item={item} onDone={done} />
            ))}
          </ul>
        </>
      )}
      <Pager label={t('commitmentsHost.completions.pages')} page={page} total={total} onPage={setPage} />
    </>
  );
}
