import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';

const PAGE = '<!doctype html><title>Pendopo</title><div id="root"></div>';
const SCRIPT = 'console.log("pendopo");';

/** The whole app serving a built browser app of its own: the tests have no dist/web. */
describe.each(BACKENDS)('the built browser app (%s)', (backend) => {
  let test: TestApp;
  let client: TestClient;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'pendopo-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), PAGE);
    writeFileSync(join(webDir, 'assets', 'app-1a2b.js'), SCRIPT);
    test = await startTestApp(backend, {}, { webDir });
    client = new TestClient(test.app);
  });
  afterAll(async () => {
    await test.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves its files and its page', async () => {
    const script = await client.get('/assets/app-1a2b.js');
    expect(script.status).toBe(200);
    expect(script.body).toBe(SCRIPT);
    const page = await client.get('/events/some-event/programme');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('answers a file it does not have with a problem, not the page', async () => {
    for (const path of ['/assets/app-0000.js', '/assets/gone/style.css', '/assets/']) {
      const response = await client.get(path);
      expectProblem(response, 404, 'route.not_found');
      expect(response.body).not.toContain('<div id="root">');
    }
  });

  it('answers a file address whose percent-encoding is not UTF-8 with a problem', async () => {
    expectProblem(await client.get('/assets/a%E0b.js'), 400, 'request.bad_url');
  });

  it('still answers an unknown page with the page and 404, and an unknown API path with a problem', async () => {
    const page = await client.get('/no-such-page');
    expect(page.status).toBe(404);
    expect(page.body).toContain('<div id="root">');
    expectProblem(await client.get('/api/no-such-thing'), 404, 'route.not_found');
  });
});
