import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentSummary } from '../../../../shared/commitmentViews.js';
import type { EventView } from '../../../../shared/events.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { StatusMessage } from '../../../ui/ProblemAlert.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { Localized } from '../../../ui/text.js';
import { useStaffCommitmentList } from '../api.js';
import { CommitmentWhole } from './CommitmentWhole.js';
import { useStaffCommitment } from './hostApi.js';
import { countryLabel, focusAreaTitle, plain } from './names.js';
import { listQuery, Pager } from './Pager.js';
import { ReviewForm } from './ReviewForm.js';

/** One submitted commitment open for review: read whole through its delegation's route, then decided. */
function ReviewDetail(props: {
  event: EventView;
  item: CommitmentSummary;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { event, item } = props;
  const commitment = useStaffCommitment(event.slug, item.delegationId, item.id);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="review-detail-title" className="card host-review" id="review-detail">
      <h4 id="review-detail-title" ref={heading} tabIndex={-1}>
        {t('commitmentsHost.review.detailTitle', { title: plain(item.title), country: countryLabel(item) })}
      </h4>
      {commitment.isPending ? (
        <Loading />
      ) : commitment.isError ? (
        <LoadError error={commitment.error} onRetry={() => void commitment.refetch()} />
      ) : (
        <>
          <CommitmentWhole event={event} commitment={commitment.data} />
          <ReviewForm
            slug={event.slug}
            commitment={commitment.data}
            countryName={countryLabel(item)}
            onDone={props.onDone}
          />
        </>
      )}
      <p>
        <button type="button" className="secondary small" onClick={props.onClose}>
          {t('commitmentsHost.review.close')}
        </button>
      </p>
    </section>
  );
}

/** The commitments countries submitted, waiting for the secretariat: open one, check it, publish or return it. */
export function ReviewQueue({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const list = useStaffCommitmentList(event.slug, listQuery({ reviewState: 'submitted' }, page));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const heading = () => document.getElementById('host-review-title');
  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const { items, total } = list.data;
  const open = items.find((item) => item.id === openId) ?? null;
  const close = () => {
    const id = openId;
    setOpenId(null);
    if (id) buttons.current.get(id)?.focus();
  };
  const done = (message: string) => {
    setOpenId(null);
    setStatus(message);
    // The decided commitment leaves the queue with its button: the focus goes to the queue's heading.
    heading()?.focus();
  };
  return (
    <>
      <StatusMessage>{status}</StatusMessage>
      {total === 0 ? (
        <p>{t('commitmentsHost.review.empty')}</p>
      ) : (
        <TableScroll captionId="host-review-caption">
          <table className="host-queue">
            <caption id="host-review-caption">
              <span>{t('commitmentsHost.review.caption', { count: total })}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('commitmentsHost.columns.country')}</th>
                <th scope="col">{t('commitmentsHost.columns.title')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('commitmentsHost.columns.action')}</span>
                </th>
                <th scope="col">{t('commitmentsHost.columns.focusArea')}</th>
                <th scope="col">{t('commitmentsHost.columns.registered')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>{countryLabel(item)}</td>
                  <th scope="row">
                    <Localized text={item.title} />
                  </th>
                  <td>
                    <button
                      type="button"
                      className="small"
                      ref={(element) => {
                        if (element) buttons.current.set(item.id, element);
                        else buttons.current.delete(item.id);
                      }}
                      aria-expanded={item.id === openId}
                      aria-controls={item.id === openId ? 'review-detail' : undefined}
                      aria-label={t('commitmentsHost.review.openLabel', { title: plain(item.title) })}
                      onClick={() => {
                        setStatus(null);
                        setOpenId(item.id === openId ? null : item.id);
                      }}
                    >
                      {t('commitmentsHost.review.open')}
                    </button>
                  </td>
                  <td>
                    <Localized text={focusAreaTitle(event, item.focusAreaId)} />
                  </td>
                  <td>
                    <InstantTimes at={item.registeredAt} eventTimeZone={event.timeZone} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pager label={t('commitmentsHost.review.pages')} page={page} total={total} onPage={setPage} />
      {open && <ReviewDetail key={open.id} event={event} item={open} onClose={close} onDone={done} />}
    </>
  );
}
