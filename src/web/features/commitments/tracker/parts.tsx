import { useTranslation } from 'react-i18next';
import type { TrackerStatus } from '../../../../shared/commitments.js';
import type { TrackerSummary } from '../../../../shared/commitmentViews.js';
import { formatPercent, STATUSES } from './words.js';

/** A status's mark beside its name: a shape of its own as well as a colour, never alone. */
export function StatusMark({ status }: { status: TrackerStatus }) {
  return <span className={`status-mark status-${status}`} aria-hidden="true" />;
}

/** A status in words, with its mark. */
export function StatusName({ status }: { status: TrackerStatus }) {
  const { t } = useTranslation();
  return (
    <span className="status-name">
      <StatusMark status={status} />
      {t(`tracker.status.${status}`)}
    </span>
  );
}

/** How many commitments stand in each status, in words: "On track: 2", "Delayed: 1". */
export function StatusCounts({ byStatus }: { byStatus: Record<string, number> }) {
  const { t } = useTranslation();
  const shown = STATUSES.filter((status) => (byStatus[status] ?? 0) > 0);
  if (shown.length === 0) return null;
  return (
    <ul className="status-counts">
      {shown.map((status) => (
        <li key={status}>
          <StatusMark status={status} />
          {t(`tracker.status.${status}`)}:{'\u00a0'}
          <strong>{byStatus[status]}</strong>
        </li>
      ))}
    </ul>
  );
}

/** The bar alone, where the number stands in large text beside it. */
export function ProgressTrack({ value }: { value: number | null }) {
  return (
    <span className="progress-track" aria-hidden="true">
      {value !== null && <span className="progress-fill" style={{ inlineSize: `${Math.min(100, value)}%` }} />}
    </span>
  );
}

/** Progress as a bar with its number in text beside it; the bar only repeats the number. */
export function ProgressBar({ value, label }: { value: number | null; label?: string }) {
  const { t } = useTranslation();
  return (
    <span className="progress">
      <ProgressTrack value={value} />
      <span className="progress-text">
        {label && <span className="visually-hidden">{label}: </span>}
        {value === null ? t('tracker.noFigure') : formatPercent(value)}
      </span>
    </span>
  );
}

type RollUp = Pick<TrackerSummary['totals'], 'counted' | 'weightTotal' | 'byStatus'>;

/** How a roll-up (a focus area's, or the overall one) is made, in words, beside it: the weights and what is left out. */
export function RollUpMethod(props: {
  figure: RollUp;
  weighting: TrackerSummary['settings']['weighting'];
  isOverall?: boolean;
}) {
  const { t } = useTranslation();
  const { figure, weighting } = props;
  const discontinued = figure.byStatus.discontinued ?? 0;
  const parts = [
    t('tracker.method.mean', { count: figure.counted }),
    ...(props.isOverall ? [t('tracker.method.overall')] : []),
    t('tracker.method.deliverables'),
    weighting === 'custom' ? t('tracker.method.custom', { total: figure.weightTotal }) : t('tracker.method.equal'),
    discontinued > 0 ? t('tracker.method.discontinued', { count: discontinued }) : t('tracker.method.noDiscontinued'),
    t('tracker.method.completion'),
  ];
  return (
    <p className="area-method">
      <span className="label">{t('tracker.method.title')}:</span> {parts.join('; ')}.
    </p>
  );
}
