import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrackerSummary } from '../../../../shared/commitmentViews.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { delegationName } from '../../../ui/countries.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { sortedCountries } from './figures.js';
import { listLocation } from './filters.js';
import { ProgressBar, StatusCounts } from './parts.js';
import { readerLocale } from './words.js';

type Country = TrackerSummary['countries'][number];

/** By country: most commitments first; each country's name leads to its commitments (as the map's shapes do). */
export function CountryTable({ countries, onFollow }: { countries: Country[]; onFollow: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const locale = readerLocale();
  const nameOf = (c: Country) => delegationName(c, language, locale);
  return (
    <TableScroll captionId="tracker-countries-caption">
      <table className="tracker-table">
        <caption id="tracker-countries-caption">{t('tracker.countries.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tracker.countries.country')}</th>
            <th scope="col">{t('tracker.countries.commitments')}</th>
            <th scope="col">{t('tracker.countries.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {sortedCountries(countries, nameOf, locale).map((c) => (
            <tr key={c.delegationId}>
              <th scope="row">
                {c.country ? (
                  <Link to={listLocation({ country: c.country })} preventScrollReset onClick={onFollow}>
                    {nameOf(c)}
                  </Link>
                ) : (
                  nameOf(c)
                )}
              </th>
              <td>
                <span className="country-count">{c.count}</span>
                <StatusCounts byStatus={c.byStatus} />
              </td>
              <td>
                <ProgressBar value={c.progress} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
