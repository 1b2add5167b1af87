import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type GeoContext, type GeoPermissibleObjects, geoCentroid, geoEqualEarth, geoGraticule, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { WorldMap } from '../../../../shared/worldMap.js';
import { ALPHA2_BY_NUMERIC } from './tracker.map.codes.js';

const WIDTH = 1000;
/** The latitudes drawn: Antarctica left out, the rest of the land (55°S to 83°N) inside. */
const SOUTH = -58;
const NORTH = 85;
const DOT_RADIUS = 4;
/** Antarctica lies outside the latitudes drawn. */
const LEFT_OUT = new Set(['AQ']);

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const require = createRequire(import.meta.url);
const readTopology = (file: string) =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Countries;

const featuresOf = (topology: Countries) =>
  feature(topology, topology.objects.countries).features as Feature<Geometry, { name: string }>[];

/**
 * A path context that writes what d3-geo draws with whole-number coordinates, each point after a
 * ring's first relative to the one before ("M512 230l3-1 2 4z"): the shortest text for a
 * map drawn 1,000 units wide, where a unit is less than a pixel on a phone. Points that fall on
 * the same whole number are dropped, and so are rings that shrink below a triangle.
 */
class CompactPath implements GeoContext {
  private out = '';
  private ring: [number, number][] = [];

  moveTo(x: number, y: number) {
    this.flush();
    this.ring = [[Math.round(x), Math.round(y)]];
  }

  lineTo(x: number, y: number) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = this.ring.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
  }

  closePath() {
    this.flush();
  }

  beginPath() {}

  arc() {}

  private flush() {
    const ring = this.ring;
    this.ring = [];
    if (ring.length < 3) return;
    const [first, ...rest] = ring as [[number, number], ...[number, number][]];
    // Steps, with a run of steps along one straight line (the outline's parallels) made one.
    const steps: [number, number][] = [];
    let [px, py] = first;
    for (const [x, y] of rest) {
      const step: [number, number] = [x - px, y - py];
      const last = steps.at(-1);
      if (last && last[0] * step[1] === last[1] * step[0] && last[0] * step[0] + last[1] * step[1] > 0) {
        last[0] += step[0];
        last[1] += step[1];
      } else steps.push(step);
      [px, py] = [x, y];
    }
    // A minus sign separates numbers by itself; a plus needs a space.
    const numbers = steps.flat().map((n, index) => (index > 0 && n >= 0 ? ` ${n}` : `${n}`));
    this.out += `M${first[0]} ${first[1]}l${numbers.join('')}z`;
  }

  result() {
    this.flush();
    const out = this.out;
    this.out = '';
    return out;
  }
}

function draw(): WorldMap {
  const coarse = featuresOf(readTopology('countries-110m.json'));
  const outline = geoGraticule()
    .extentMajor([
      [-180, SOUTH],
      [180, NORTH],
    ])
    .outline();
  const projection = geoEqualEarth().fitWidth(WIDTH, outline);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(outline);
  // The outline's top left corner at the origin.
  projection.translate([projection.translate()[0] - x0, projection.translate()[1] - y0]);
  const context = new CompactPath();
  const path = geoPath(projection, context);
  const pathOf = (object: GeoPermissibleObjects) => {
    path(object);
    return context.result();
  };

  const countries: WorldMap['countries'] = [];
  let unassigned = '';
  const drawn = new Set<string>();
  for (const shape of coarse) {
    const code = shape.id === undefined ? undefined : ALPHA2_BY_NUMERIC.get(String(shape.id));
    if (code && LEFT_OUT.has(code)) continue;
    const d = pathOf(shape);
    if (!code) unassigned += d;
    else if (d) {
      countries.push({ code, d, isSmall: false });
      drawn.add(code);
    }
  }
  // The countries too small for 1:110m (Singapore, Bahrain, Malta, the island states): a dot at their centre at 1:50m.
  for (const shape of featuresOf(readTopology('countries-50m.json'))) {
    const code = shape.id === undefined ? undefined : ALPHA2_BY_NUMERIC.get(String(shape.id));
    if (!code || drawn.has(code) || LEFT_OUT.has(code)) continue;
    const centre = projection(geoCentroid(shape));
    if (!centre) continue;
    const [x, y] = centre.map(Math.round) as [number, number];
    const r = DOT_RADIUS;
    countries.push({ code, d: `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0-${2 * r} 0z`, isSmall: true });
    drawn.add(code);
  }
  countries.sort((a, b) => a.code.localeCompare(b.code));
  return {
    viewBox: `0 0 ${Math.ceil(x1 - x0)} ${Math.ceil(y1 - y0)}`,
    outline: pathOf(outline),
    countries,
    unassigned,
  };
}

let drawnMap: WorldMap | null = null;

/** The world map, drawn once per process (the shapes never change), on the first request that asks. */
export function worldMap(): WorldMap {
  drawnMap ??= draw();
  return drawnMap;
}
