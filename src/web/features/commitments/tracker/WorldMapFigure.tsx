import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WORLD_MAP_VIEW_BOX, type WorldMap } from '../../../../shared/worldMap.js';
import { countryName } from '../../../ui/countries.js';
import { listLocation } from './filters.js';
import { classOf, type ShadeClass, shadeClasses } from './mapData.js';
import { readerLocale } from './words.js';

/** The tones' fills: a colour and a texture each (solid, lines, cross lines, dots), so that no two differ by colour alone. */
const TONE_COLOURS = ['', '#a9d8cc', '#5fb3a1', '#23806f', '#0b4f48'] as const;
const toneFill = (tone: number) => (tone === 1 ? TONE_COLOURS[1] : `url(#map-tone-${tone})`);

function Patterns() {
  const line = { stroke: '#ffffff', strokeOpacity: 0.6, strokeWidth: 1.5 };
  return (
    <defs>
      <pattern id="map-tone-2" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={TONE_COLOURS[2]} />
        <line x1="0" y1="0" x2="0" y2="6" {...line} />
      </pattern>
      <pattern id="map-tone-3" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={TONE_COLOURS[3]} />
        <line x1="0" y1="0" x2="0" y2="6" {...line} />
        <line x1="0" y1="0" x2="6" y2="0" {...line} />
      </pattern>
      <pattern id="map-tone-4" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={TONE_COLOURS[4]} />
        <circle cx="3" cy="3" r="1" fill="#ffffff" fillOpacity="0.6" />
      </pattern>
    </defs>
  );
}

/** A legend's sample of a tone (the patterns are the map's, in the same document). */
function Swatch({ tone }: { tone: number | null }) {
  return (
    <svg className="map-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false" data-tone={tone ?? 0}>
      <rect
        width="24"
        height="16"
        className={tone === null ? 'map-land' : undefined}
        fill={tone ? toneFill(tone) : undefined}
      />
    </svg>
  );
}

function classLabel(c: ShadeClass, t: ReturnType<typeof useTranslation>['t']) {
  if (c.to === c.from) return t('tracker.commitmentCount', { count: c.from });
  if (c.to === null) return t('tracker.map.orMore', { from: c.from });
  return t('tracker.map.range', { from: c.from, to: c.to });
}

/** The shapes: the sea, the land, and each country with commitments shaded and a link to them. */
function Shapes(props: {
  map: WorldMap;
  counts: ReadonlyMap<string, number>;
  classes: ShadeClass[];
  onFollow: () => void;
}) {
  const { map, counts, classes, onFollow } = props;
  const { t } = useTranslation();
  const locale = readerLocale();
  const plain = map.countries.filter((c) => !counts.has(c.code) && !c.isSmall);
  const shaded = map.countries
    .filter((c) => counts.has(c.code))
    .map((c) => ({ ...c, name: countryName(c.code, locale), count: counts.get(c.code) ?? 0 }))
    // The keyboard goes through them in the reader's alphabetical order.
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <>
      <path className="map-ocean" d={map.outline} />
      <path className="map-land" d={plain.map((c) => c.d).join('') + map.unassigned} />
      {shaded.map((c) => {
        const tone = classOf(classes, c.count)?.tone ?? 1;
        return (
          <Link
            key={c.code}
            to={listLocation({ country: c.code })}
            preventScrollReset
            onClick={onFollow}
            aria-label={t('tracker.map.link', { country: c.name, count: c.count })}
            className="map-country"
            data-code={c.code}
          >
            <path d={c.d} fill={toneFill(tone)} data-tone={tone} />
          </Link>
        );
      })}
    </>
  );
}

/**
 * The world map: every country Natural Earth draws, those with commitments shaded by how many and
 * each a link to its commitments (named "Indonesia: 3 commitments"), the keyboard's path to each.
 * The table of countries beside it gives the same for a screen reader. Until the shapes come (they
 * are not in the server's page), the box they fill is kept, and the legend drawn.
 */
export function WorldMapFigure(props: {
  map: WorldMap | undefined;
  counts: ReadonlyMap<string, number>;
  onFollow: () => void;
}) {
  const { map, counts, onFollow } = props;
  const { t } = useTranslation();
  const classes = shadeClasses(Math.max(0, ...counts.values()));
  return (
    <figure className="tracker-map" aria-labelledby="tracker-map-caption">
      <div className="map-box">
        <svg viewBox={map?.viewBox ?? WORLD_MAP_VIEW_BOX} className="map-svg" aria-hidden={map ? undefined : true}>
          <title>{t('tracker.map.title')}</title>
          <Patterns />
          {map && <Shapes map={map} counts={counts} classes={classes} onFollow={onFollow} />}
        </svg>
        <noscript>
          <p className="map-without-script">{t('tracker.map.withoutScript')}</p>
        </noscript>
      </div>
      <figcaption id="tracker-map-caption">{t('tracker.map.caption')}</figcaption>
      <ul className="map-legend" aria-label={t('tracker.map.legend')}>
        <li>
          <Swatch tone={null} />
          {t('tracker.map.none')}
        </li>
        {classes.map((c) => (
          <li key={c.from}>
            <Swatch tone={c.tone} />
            {classLabel(c, t)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
