import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../shared/events.js';
import type { Count, Figures } from '../../../../shared/registrationList.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { countryName } from '../../../ui/countries.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { useFigures, useRegistrationForm } from './listApi.js';

interface Bar {
  key: string;
  label: string;
  count: number;
}

const ROW = 28;
const LABEL_WIDTH = 190;
const WIDTH = 560;

/**
 * Horizontal bars in plain SVG. The chart is a picture of the table beside it,
 * which carries the same numbers for screen readers and for copying.
 */
function BarChart({ bars, title, id }: { bars: Bar[]; title: string; id: string }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...bars.map((b) => b.count));
  const room = WIDTH - LABEL_WIDTH - 60;
  return (
    <svg
      className="bar-chart"
      viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 8}`}
      role="img"
      aria-labelledby={`${id}-chart-title`}
    >
      <title id={`${id}-chart-title`}>{t('figures.chartOf', { title })}</title>
      {bars.map((bar, index) => {
        const y = index * ROW + 4;
        const width = Math.max(2, (bar.count / max) * room);
        return (
          <g key={bar.key}>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 5} textAnchor="end" className="bar-label">
              {bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 10} className="bar" />
            <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2 + 5} className="bar-value">
              {bar.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Dimension({ id, title, bars, keyLabel }: { id: string; title: string; bars: Bar[]; keyLabel: string }) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const number = new Intl.NumberFormat(locale);
  return (
    <section aria-labelledby={`${id}-title`} className="figure">
      <h3 id={`${id}-title`}>{title}</h3>
      {bars.length === 0 ? (
        <p>{t('figures.none')}</p>
      ) : (
        <div className="figure-pair">
          <BarChart bars={bars} title={title} id={id} />
          <TableScroll captionId={`${id}-caption`}>
            <table className="figure-table">
              <caption id={`${id}-caption`} className="visually-hidden">
                {title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{keyLabel}</th>
                  <th scope="col">{t('figures.count')}</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar) => (
                  <tr key={bar.key}>
                    <th scope="row">{bar.label}</th>
                    <td>{number.format(bar.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
    </section>
  );
}

/** Registrants by country, sector, category, attendance, status and day, as charts with their tables. */
export function FiguresSection({ event }: { event: Pick<EventView, 'slug' | 'timeZone'> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const locale = INTL_LOCALES[language];
  const figures = useFigures(event.slug);
  const form = useRegistrationForm(event.slug);
  if (figures.isPending) return <Loading />;
  if (figures.isError) return <LoadError error={figures.error} onRetry={() => void figures.refetch()} />;
  const f: Figures = figures.data;
  const category = (key: string) => {
    const found = form.data?.categories.find((c) => c.key === key);
    return found ? pickText(found.name, language) : key;
  };
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const bars = (counts: Count[], label: (key: string) => string) =>
    counts.map((c) => ({ key: c.key, count: c.count, label: label(c.key) }));
  const dimensions = [
    ['country', t('registrationList.columns.country'), bars(f.byCountry, (k) => countryName(k, locale))],
    ['sector', t('registrationList.columns.sector'), bars(f.bySector, (k) => t(`registration.sectors.${k}`))],
    ['category', t('registrationList.columns.category'), bars(f.byCategory, category)],
    [
      'attendance',
      t('registrationList.columns.attendance'),
      bars(f.byAttendance, (k) => t(`registrationList.attendances.${k}`)),
    ],
    ['status', t('registrationList.columns.status'), bars(f.byStatus, (k) => t(`registrationList.statuses.${k}`))],
    ['day', t('figures.day'), bars(f.byDay, (k) => day.format(new Date(`${k}T00:00:00Z`)))],
  ] as const;
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{t('manage.sections.figures')}</h2>
      <p>{t('figures.total', { count: f.total })}</p>
      <p className="hint">{t('figures.dayHint', { zone: f.timeZone })}</p>
      {dimensions.map(([id, title, list]) => (
        <Dimension key={id} id={`figures-${id}`} title={t(`figures.headings.${id}`)} bars={list} keyLabel={title} />
      ))}
    </section>
  );
}
