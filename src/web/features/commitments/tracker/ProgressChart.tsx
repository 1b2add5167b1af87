import { useTranslation } from 'react-i18next';
import type { TrackerSummary } from '../../../../shared/commitmentViews.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import {
  CHART,
  linePath,
  markerPath,
  type SeriesStyle,
  styleOf,
  xLabels,
  xPositions,
  Y_TICKS,
  yOf,
} from './chartGeometry.js';
import { type ChartPoint, chartPoints, type Series, seriesOf } from './figures.js';
import { formatMonth, formatPercent } from './words.js';

/** A line's look in the legend: a short stretch of it with its marker. */
function LineSample({ style }: { style: SeriesStyle }) {
  return (
    <svg className="legend-line" viewBox="0 0 36 16" aria-hidden="true" focusable="false">
      <path d="M2 8H34" stroke={style.colour} strokeWidth={style.width} strokeDasharray={style.dash || undefined} />
      <path
        d={markerPath(style.marker, 18, 8, 4)}
        fill={style.marker === 'cross' ? 'none' : style.colour}
        stroke={style.colour}
        strokeWidth={style.marker === 'cross' ? 2.5 : 1}
      />
    </svg>
  );
}

function Lines({ series, xs }: { series: Series[]; xs: number[] }) {
  // The overall line last, on top.
  const drawn = [...series.slice(1), ...series.slice(0, 1)];
  return (
    <g>
      {drawn.map((s) => {
        const style = styleOf(s.index);
        return (
          <g key={s.key} className="chart-series" data-series={s.index}>
            <path
              d={linePath(s, xs)}
              fill="none"
              stroke={style.colour}
              strokeWidth={style.width}
              strokeDasharray={style.dash || undefined}
            />
            {s.values.map((value, i) =>
              value === null ? null : (
                <path
                  // biome-ignore lint/suspicious/noArrayIndexKey: one marker per point, the points in a fixed order.
                  key={i}
                  d={markerPath(style.marker, xs[i] ?? 0, yOf(value))}
                  fill={style.marker === 'cross' ? 'none' : style.colour}
                  stroke={style.marker === 'cross' ? style.colour : '#ffffff'}
                  strokeWidth={style.marker === 'cross' ? 3 : 1}
                />
              ),
            )}
          </g>
        );
      })}
    </g>
  );
}

function Axes({ points, xs, timeZone }: { points: ChartPoint[]; xs: number[]; timeZone: string }) {
  const { t } = useTranslation();
  const labelOf = (p: ChartPoint) => (p.period === null ? t('tracker.chart.now') : formatMonth(p.at, timeZone));
  return (
    <g className="chart-axes">
      {Y_TICKS.map((tick) => (
        <g key={tick}>
          <line x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(tick)} y2={yOf(tick)} className="chart-grid" />
          <text x={CHART.left - 8} y={yOf(tick)} dy="0.35em" textAnchor="end">
            {formatPercent(tick)}
          </text>
        </g>
      ))}
      {xLabels(points, xs).map((i) => {
        const point = points[i] as ChartPoint;
        return (
          <text
            key={point.at}
            x={xs[i]}
            y={CHART.height - CHART.bottom + 24}
            textAnchor="middle"
            suppressHydrationWarning
          >
            {labelOf(point)}
          </text>
        );
      })}
    </g>
  );
}

function FiguresTable(props: { summary: TrackerSummary; points: ChartPoint[]; series: Series[]; timeZone: string }) {
  const { summary, points, series, timeZone } = props;
  const { t } = useTranslation();
  const language = currentLanguage();
  const nameOf = (s: Series) =>
    s.index === 0 ? t('tracker.chart.overall') : pickText(summary.areas[s.index - 1]?.title ?? {}, language);
  const value = (v: number | null) => (v === null ? t('tracker.noFigure') : formatPercent(v));
  return (
    <details className="chart-table">
      <summary>{t('tracker.chart.asTable')}</summary>
      <TableScroll captionId="tracker-chart-caption">
        <table>
          <caption id="tracker-chart-caption">{t('tracker.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tracker.chart.when')}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {nameOf(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point, i) => (
              <tr key={point.at}>
                <th scope="row" suppressHydrationWarning>
                  {point.period === null
                    ? t('tracker.chart.now')
                    : t('tracker.chart.periodEnd', { period: point.period, month: formatMonth(point.at, timeZone) })}
                </th>
                {series.map((s) => (
                  <td key={s.key}>{value(s.values[i] ?? null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}

/** Progress over time: one line per focus area and one overall, at each due date passed and now; the same figures as a table. */
export function ProgressChart({ summary, timeZone }: { summary: TrackerSummary; timeZone: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const points = chartPoints(summary);
  const series = seriesOf(summary, points);
  const xs = xPositions(points);
  const overall = series[0]?.values ?? [];
  const first = overall.findIndex((v) => v !== null);
  const last = overall.at(-1) ?? null;
  return (
    <section aria-labelledby="tracker-chart" className="tracker-section">
      <h2 id="tracker-chart">{t('tracker.chart.title')}</h2>
      {points.length === 0 ? (
        <p>{t('tracker.chart.none')}</p>
      ) : (
        <>
          <p className="hint">{t('tracker.chart.explain')}</p>
          <figure className="chart-figure">
            <svg
              className="tracker-chart"
              viewBox={`0 0 ${CHART.width} ${CHART.height}`}
              role="img"
              aria-labelledby="chart-svg-title"
              aria-describedby="chart-svg-desc"
            >
              <title id="chart-svg-title">{t('tracker.chart.title')}</title>
              <desc id="chart-svg-desc" suppressHydrationWarning>
                {first < 0 || last === null
                  ? t('tracker.chart.descNone')
                  : points[first]?.period === null
                    ? t('tracker.chart.descNow', { last: formatPercent(last) })
                    : t('tracker.chart.desc', {
                        first: formatPercent(overall[first] ?? 0),
                        from: formatMonth(points[first]?.at ?? '', timeZone),
                        last: formatPercent(last),
                      })}
              </desc>
              <Axes points={points} xs={xs} timeZone={timeZone} />
              <Lines series={series} xs={xs} />
            </svg>
            <figcaption>
              <ul className="chart-legend">
                {series.map((s) => (
                  <li key={s.key}>
                    <LineSample style={styleOf(s.index)} />
                    <span>
                      {s.index === 0
                        ? t('tracker.chart.overall')
                        : pickText(summary.areas[s.index - 1]?.title ?? {}, language)}
                    </span>
                  </li>
                ))}
              </ul>
            </figcaption>
          </figure>
          <FiguresTable summary={summary} points={points} series={series} timeZone={timeZone} />
        </>
      )}
    </section>
  );
}
