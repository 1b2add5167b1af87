import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrackerSummary } from '../../../../shared/commitmentViews.js';
import { Localized } from '../../../ui/text.js';
import { listLocation } from './filters.js';
import { ProgressTrack, RollUpMethod, StatusCounts } from './parts.js';
import { formatPercent } from './words.js';

type Area = TrackerSummary['areas'][number];

function AreaCard(props: {
  area: Area;
  number: number;
  weighting: TrackerSummary['settings']['weighting'];
  onFollow: () => void;
}) {
  const { area, number, weighting, onFollow } = props;
  const { t } = useTranslation();
  const headingId = `area-${area.focusAreaId}`;
  return (
    <li className="area-card">
      <h3 id={headingId}>
        <span className="area-number">{number}.</span> <Localized text={area.title} />
      </h3>
      {area.count === 0 ? (
        <p className="muted">{t('tracker.areas.none')}</p>
      ) : (
        <div className="area-body">
          <div className="area-figure">
            <p className="area-percent">
              <span className="figure">{area.progress === null ? '–' : formatPercent(area.progress)}</span>
              <span className="figure-label">{t('tracker.areas.progress')}</span>
            </p>
            <ProgressTrack value={area.progress} />
            <p className="area-count">{t('tracker.commitmentCount', { count: area.count })}</p>
          </div>
          <div className="area-detail">
            <RollUpMethod figure={area} weighting={weighting} />
            <StatusCounts byStatus={area.byStatus} />
            <p>
              <Link to={listLocation({ area: area.focusAreaId })} preventScrollReset onClick={onFollow}>
                {t('tracker.areas.see', { count: area.count })}
                <span className="visually-hidden">
                  {': '}
                  <Localized text={area.title} />
                </span>
              </Link>
            </p>
          </div>
        </div>
      )}
    </li>
  );
}

/** The adopted text's focus areas, each with its commitments, their statuses and its progress with the method beside it. */
export function AreaFigures({ summary, onFollow }: { summary: TrackerSummary; onFollow: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="tracker-areas" className="tracker-section">
      <h2 id="tracker-areas">{t('tracker.areas.title')}</h2>
      <ol className="area-list">
        {summary.areas.map((area, i) => (
          <AreaCard
            key={area.focusAreaId}
            area={area}
            number={i + 1}
            weighting={summary.settings.weighting}
            onFollow={onFollow}
          />
        ))}
      </ol>
    </section>
  );
}
