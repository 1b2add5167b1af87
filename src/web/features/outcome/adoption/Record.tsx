import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pagePath } from '../../../../shared/routes.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { usePublishedOutcome } from '../api.js';

/** Once adopted: the board stands as the record, and the adopted text is public. */
export function AdoptedRecord({ slug, timeZone }: { slug: string; timeZone: string }) {
  const { t } = useTranslation();
  const published = usePublishedOutcome(slug, true);
  return (
    <section aria-labelledby="adoption-record" className="alert alert-success adoption-record">
      <h2 id="adoption-record">{t('outcomeAdoption.record.title')}</h2>
      <p>
        {published.data ? (
          <>
            {t('outcomeAdoption.record.adoptedAt', { version: published.data.version })}{' '}
            <InstantTimes at={published.data.adoptedAt} eventTimeZone={timeZone} />.
          </>
        ) : (
          t('outcomeAdoption.record.adopted')
        )}{' '}
        {t('outcomeAdoption.record.explain')}
      </p>
      <p>
        <Link to={pagePath('outcome', { slug })}>{t('outcomeAdoption.record.link')}</Link>
      </p>
    </section>
  );
}
