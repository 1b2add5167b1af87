import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { isCountryCode } from '../../../../shared/countries.js';
import { WORLD_MAP_VIEW_BOX, type WorldMap } from '../../../../shared/worldMap.js';
import { TestClient } from '../../../testing/client.js';
import { createTestEvent } from '../../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../../testing/harness.js';
import { MAP_CACHE_CONTROL, type worldMapSchema } from './map.routes.js';

/** A point of a path's first ring, in the viewBox's units. */
const firstPoint = (d: string) => (/^M(-?\d+) (-?\d+)/.exec(d) ?? []).slice(1).map(Number);

describe.each(BACKENDS)('GET /api/events/:slug/commitments/map (%s)', (backend) => {
  let test: TestApp;
  let slug: string;
  let visitor: TestClient;
  beforeAll(async () => {
    test = await startTestApp(backend);
    slug = (await createTestEvent(test.db)).slug;
    visitor = new TestClient(test.app);
  });
  afterAll(() => test.close());

  it('gives the browser the shape the server sends', () => {
    expectTypeOf<z.infer<typeof worldMapSchema>>().toEqualTypeOf<WorldMap>();
  });

  it('answers 404 for an unknown event', async () => {
    expect((await visitor.get('/api/events/no-such-event/commitments/map')).status).toBe(404);
  });

  it('draws every country by its ISO code, Indonesia and Finland as shapes, Singapore as a dot', async () => {
    const answer = await visitor.get<WorldMap>(`/api/events/${slug}/commitments/map`);
    expect(answer.status).toBe(200);
    const map = answer.json;
    const [, , width, height] = map.viewBox.split(' ').map(Number);
    expect(width).toBe(1000);
    expect(height).toBeGreaterThan(400);
    expect(height).toBeLessThan(500);
    // The box the page keeps for the map before its shapes come.
    expect(map.viewBox).toBe(WORLD_MAP_VIEW_BOX);
    const codes = map.countries.map((c) => c.code);
    expect(codes.filter((code) => !isCountryCode(code))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain('AQ');
    expect(map.countries.length).toBeGreaterThan(220);
    const byCode = new Map(map.countries.map((c) => [c.code, c]));
    expect(byCode.get('ID')?.isSmall).toBe(false);
    expect(byCode.get('FI')?.isSmall).toBe(false);
    expect(byCode.get('SG')?.isSmall).toBe(true);
    // Where they are: Indonesia east of the middle and south of Finland, which is north of the middle.
    const [idX = 0, idY = 0] = firstPoint(byCode.get('ID')?.d ?? '');
    const [fiX = 0, fiY = 0] = firstPoint(byCode.get('FI')?.d ?? '');
    expect(idX).toBeGreaterThan(750);
    expect(fiX).toBeGreaterThan(500);
    expect(fiY).toBeLessThan(idY);
    expect(fiY).toBeLessThan((height ?? 0) / 4);
    // Whole numbers, each ring closed; small enough for a weak connection.
    for (const country of map.countries.filter((c) => !c.isSmall))
      expect(country.d).toMatch(/^(M-?\d+ -?\d+l(-?\d+| \d+)+z)+$/);
    for (const country of map.countries.filter((c) => c.isSmall)) expect(country.d).toMatch(/^M\d+ \d+a4 4 /);
    expect(map.outline).toMatch(/^M\d+ \d+l.+z$/);
    expect(map.unassigned).not.toBe('');
    expect(answer.body.length).toBeLessThan(60_000);
  });

  it('is cached for long, compressed once, and answers 304 to its tag', async () => {
    const url = `/api/events/${slug}/commitments/map`;
    const answer = await test.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['cache-control']).toBe(MAP_CACHE_CONTROL);
    expect(answer.headers['cache-control']).toContain('max-age=31536000');
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.rawPayload.length).toBeLessThan(16_000);
    const again = await test.app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'br', 'if-none-match': String(answer.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });
});
