import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommitmentSummary } from '../../../../shared/commitmentViews.js';
import type { EventView } from '../../../../shared/events.js';
import { pagePath } from '../../../../shared/routes.js';
import { SelectField } from '../../../ui/Field.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { Localized } from '../../../ui/text.js';
import { useStaffCommitmentList, useTrackerSummary } from '../api.js';
import { useStaffCommitment, useWeigh } from './hostApi.js';
import { countryLabel, plain } from './names.js';
import { listQuery, Pager } from './Pager.js';

/** One commitment's weight, saved on its own; the answer stands beside its button. */
function WeightForm({ slug, item, weight }: { slug: string; item: CommitmentSummary; weight: number }) {
  const { t } = useTranslation();
  const weigh = useWeigh(slug);
  const [value, setValue] = useState(String(weight));
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors(weigh.error);
  const id = `weight-${item.id}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (weigh.isPending) return;
    setStatus(null);
    const number = Number(value);
    const isValid = /^\d+$/.test(value.trim()) && number >= 1 && number <= 100;
    if (!errors.check([isValid ? null : { field: 'weight', message: 'commitmentsHost.weights.range' }])) return;
    try {
      await weigh.mutateAsync({ commitmentId: item.id, weight: number });
      setStatus(t('commitmentsHost.weights.saved', { weight: number }));
    } catch {
      // Shown by the alert.
    }
  };
  const error = errors.errorFor('weight').error;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="host-weight-form">
      <label htmlFor={id} className="visually-hidden">
        {t('commitmentsHost.weights.label', { title: plain(item.title) })}
      </label>
      <input
        id={id}
        inputMode="numeric"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setStatus(null);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <button type="submit" className="small" aria-disabled={weigh.isPending || undefined}>
        {t('commitmentsHost.weights.save')}
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {!error && weigh.error ? <ProblemAlert error={weigh.error} /> : null}
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}

function WeightRow({ event, item, total }: { event: EventView; item: CommitmentSummary; total: number | null }) {
  const { t } = useTranslation();
  const detail = useStaffCommitment(event.slug, item.delegationId, item.id);
  const weight = detail.data?.weight;
  return (
    <tr>
      <th scope="row">
        <Link to={pagePath('commitment', { slug: event.slug, id: item.id })}>
          <Localized text={item.title} />
        </Link>
      </th>
      <td>
        {detail.isError ? (
          <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
        ) : weight === undefined ? (
          <Loading />
        ) : (
          <WeightForm slug={event.slug} item={item} weight={weight} />
        )}
      </td>
      <td>
        {weight !== undefined && total
          ? t('commitmentsHost.weights.percent', { value: Math.round((weight / total) * 1000) / 10 })
          : '–'}
      </td>
      <td>{countryLabel(item)}</td>
      <td>{t('commitmentsHost.weights.percent', { value: item.progress })}</td>
    </tr>
  );
}

/** Custom weighting: each published commitment's weight among its focus area's, and the share it gives. */
export function WeightsPanel({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const [area, setArea] = useState(event.focusAreas[0]?.id ?? '');
  const [page, setPage] = useState(1);
  const list = useStaffCommitmentList(event.slug, listQuery({ reviewState: 'published', area }, page));
  const summary = useTrackerSummary(event.slug);
  const figures = summary.data?.areas.find((a) => a.focusAreaId === area);
  return (
    <>
      <p>{t('commitmentsHost.weights.intro')}</p>
      <SelectField
        id="weights-area"
        label={t('commitmentsHost.weights.area')}
        value={area}
        onChange={(e) => {
          setArea(e.target.value);
          setPage(1);
        }}
        options={event.focusAreas.map((a) => ({ value: a.id, label: plain(a.title) }))}
      />
      {figures && <p>{t('commitmentsHost.weights.total', { total: figures.weightTotal, count: figures.counted })}</p>}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        <p>{t('commitmentsHost.weights.empty')}</p>
      ) : (
        <TableScroll captionId="host-weights-caption">
          <table className="host-weights">
            <caption id="host-weights-caption">
              <span>
                {t('commitmentsHost.weights.caption', {
                  area: plain(event.focusAreas.find((a) => a.id === area)?.title ?? {}),
                })}
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('commitmentsHost.columns.title')}</th>
                <th scope="col">{t('commitmentsHost.weights.weight')}</th>
                <th scope="col">{t('commitmentsHost.weights.share')}</th>
                <th scope="col">{t('commitmentsHost.columns.country')}</th>
                <th scope="col">{t('commitmentsHost.columns.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((item) => (
                <WeightRow key={item.id} event={event} item={item} total={figures?.weightTotal ?? null} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pager label={t('commitmentsHost.weights.pages')} page={page} total={list.data?.total ?? 0} onPage={setPage} />
    </>
  );
}
