import './host.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventView } from '../../../../shared/events.js';
import { pagePath } from '../../../../shared/routes.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { useTrackerSettings } from '../api.js';
import { CompletionsPanel } from './CompletionsPanel.js';
import { ImportPanel } from './ImportPanel.js';
import { PeriodPanel } from './PeriodPanel.js';
import { ReviewQueue } from './ReviewQueue.js';
import { TrackerSettingsForm } from './TrackerSettingsForm.js';
import { WeightsPanel } from './WeightsPanel.js';

type PartId = 'period' | 'review' | 'completions' | 'weights' | 'settings' | 'import';

/** One part of the section, with its own heading, which takes the focus when what it showed is gone. */
function Part({ id, children }: { id: PartId; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section id={`host-${id}`} aria-labelledby={`host-${id}-title`} className="host-part">
      <h3 id={`host-${id}-title`} tabIndex={-1}>
        {t(`commitmentsHost.parts.${id}`)}
      </h3>
      {children}
    </section>
  );
}

/**
 * The organizer area's "Commitments": this period's reports and reminders, the review queue,
 * completions to confirm, weights, the tracker's settings and the CSV import.
 */
export function CommitmentsSection({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const settings = useTrackerSettings(event.slug);
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  const isCustom = settings.data.weighting === 'custom';
  const parts: PartId[] = [
    'period',
    'review',
    'completions',
    ...(isCustom ? ['weights' as const] : []),
    'settings',
    'import',
  ];
  return (
    <section aria-labelledby="commitments-section-title" className="host-section">
      <h2 id="commitments-section-title">{t('manage.sections.commitments')}</h2>
      <p>
        {t('commitmentsHost.intro')}{' '}
        <Link to={pagePath('commitments', { slug: event.slug })}>{t('commitmentsHost.publicLink')}</Link>
      </p>
      <nav aria-label={t('commitmentsHost.partsNav')} className="host-parts-nav">
        <ul>
          {parts.map((id) => (
            <li key={id}>
              <a href={`#host-${id}`}>{t(`commitmentsHost.parts.${id}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Part id="period">
        <PeriodPanel event={event} />
      </Part>
      <Part id="review">
        <ReviewQueue event={event} />
      </Part>
      <Part id="completions">
        <CompletionsPanel event={event} />
      </Part>
      {isCustom && (
        <Part id="weights">
          <WeightsPanel event={event} />
        </Part>
      )}
      <Part id="settings">
        <TrackerSettingsForm event={event} settings={settings.data} />
      </Part>
      <Part id="import">
        <ImportPanel slug={event.slug} />
      </Part>
    </section>
  );
}
