import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';

const PAGE = '<!doctype html><title>Pendopo</title><div id="root"></div>';
const SCRIPT = `console.log(${JSON.stringify('pendopo '.repeat(200))});`;

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
    // As the build writes them (vite.config.ts).
    writeFileSync(join(webDir, 'assets', 'app-1a2b.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(webDir, 'assets', 'app-1a2b.js.gz'), gzipSync(SCRIPT));
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

  it('sends the files compressed as the build wrote them, by Accept-Encoding, cached for good', async () => {
    const cases = [
      { accept: 'gzip, deflate, br', coding: 'br', decode: brotliDecompressSync },
      { accept: 'gzip', coding: 'gzip', decode: gunzipSync },
      { accept: 'identity', coding: undefined, decode: (body: Buffer) => body },
      { accept: '', coding: undefined, decode: (body: Buffer) => body },
    ];
    for (const { accept, coding, decode } of cases) {
      const response = await test.app.inject({ url: '/assets/app-1a2b.js', headers: { 'accept-encoding': accept } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe(coding);
      expect(response.headers['content-type']).toContain('javascript');
      expect(response.headers.vary).toContain('accept-encoding');
      expect(response.headers['cache-control']).toContain('immutable');
      expect(decode(response.rawPayload).toString()).toBe(SCRIPT);
      if (coding) expect(response.rawPayload.length).toBeLessThan(SCRIPT.length / 10);
    }
  });

  it('compresses the answers it builds when they are big enough, and leaves small ones as they are', async () => {
    const big = await test.app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'br, gzip' } });
    expect(big.statusCode).toBe(200);
    expect(big.headers['content-encoding']).toBe('br');
    expect(big.headers.vary).toContain('accept-encoding');
    expect(JSON.parse(brotliDecompressSync(big.rawPayload).toString()).openapi).toBe('3.1.0');
    const zipped = await test.app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString()).openapi).toBe('3.1.0');
    const plain = await test.app.inject({ url: '/api/openapi.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json().openapi).toBe('3.1.0');
    // A problem is small: not worth a coding.
    const problem = await test.app.inject({ url: '/api/no-such-thing', headers: { 'accept-encoding': 'br' } });
    expect(problem.headers['content-encoding']).toBeUndefined();
    expect(problem.json().code).toBe('route.not_found');
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
