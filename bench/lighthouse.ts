// The public pages on a phone over a weak connection: `npm run build && npm run bench:lighthouse`
// (`-- --runs N`, default 3; the median is reported; `-- --page tracker`: that page alone).
// Lighthouse 12 with its mobile profile (simulated slow 4G, a CPU four times slower) in Debian's
// Chromium, against the built server with the demo. The ceiling, measured in the same run: the
// same page's HTML and style sheets from a bare node:http server, without any script: what no
// app code can beat on this machine.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { publicPages, startBuiltServer } from './support/built-server.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, page: { type: 'string' } } });
const RUNS = Number(values.runs);
const PORT = 3392;
const CEILING_PORT = 3393;
let unmeasured = 0;
const TARGETS = { performance: 0.9, lcpMs: 2500, cls: 0.1, kib: 200, accessibility: 1 };

interface Figures {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  kib: number;
  requests: number;
}

const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--no-first-run',
    '--disable-sync',
  ],
});

/** One Lighthouse run, or null when Lighthouse could not measure the page (a trace without a paint, a runtime error). */
async function audit(url: string): Promise<Figures | null> {
  const result = await lighthouse(url, {
    port: chrome.port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: ['performance', 'accessibility'],
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) return null;
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const requests = (audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? 0;
  const figures: Figures = {
    performance: categories.performance?.score ?? 0,
    accessibility: categories.accessibility?.score ?? 0,
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    kib: value('total-byte-weight') / 1024,
    requests,
  };
  return Object.values(figures).every(Number.isFinite) ? figures : null;
}

/** The median of each figure over RUNS measured runs; a run Lighthouse could not measure is run again, at most RUNS more times. */
async function median(url: string): Promise<Figures> {
  const runs: Figures[] = [];
  for (let attempt = 0; runs.length < RUNS && attempt < RUNS * 2; attempt++) {
    const figures = await audit(url);
    if (figures) runs.push(figures);
    else unmeasured++;
  }
  if (runs.length === 0) throw new Error(`Lighthouse could not measure ${url} in ${RUNS * 2} attempts`);
  const middle = (key: keyof Figures) =>
    runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;
  return Object.fromEntries(
    Object.keys(runs[0] as Figures).map((key) => [key, middle(key as keyof Figures)]),
  ) as unknown as Figures;
}

/** The ceiling's server: one page's HTML without scripts, and the app's style sheets, brotli'd as the real server sends them. */
function startCeiling(pages: Map<string, string>) {
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const br = String(req.headers['accept-encoding'] ?? '').includes('br');
    const body =
      path.startsWith('/assets/') && path.endsWith('.css') ? readFileSync(join('dist/web', path)) : pages.get(path);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': path.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8',
      ...(br ? { 'content-encoding': 'br' } : {}),
    });
    res.end(br ? brotliCompressSync(body) : body);
  });
  return new Promise<typeof server>((resolve) => server.listen(CEILING_PORT, '127.0.0.1', () => resolve(server)));
}

const withoutScripts = (html: string) =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '');

const app = await startBuiltServer(PORT);
const rows: string[] = [];
let failed = false;
try {
  const pages = (await publicPages(app.base)).filter(({ name }) => !values.page || name === values.page);
  if (pages.length === 0) throw new Error(`No public page is named "${values.page}"`);
  const bare = new Map<string, string>();
  for (const { path } of pages) bare.set(path, withoutScripts(await (await fetch(app.base + path)).text()));
  const ceiling = await startCeiling(bare);
  try {
    for (const { name, path } of pages) {
      const page = await median(app.base + path);
      const best = await median(`http://127.0.0.1:${CEILING_PORT}${path}`);
      const misses = [
        page.performance < TARGETS.performance && 'performance',
        page.lcpMs > TARGETS.lcpMs && 'LCP',
        page.cls > TARGETS.cls && 'CLS',
        page.kib > TARGETS.kib && 'weight',
        page.accessibility < TARGETS.accessibility && 'accessibility',
      ].filter(Boolean);
      failed ||= misses.length > 0;
      const s = (ms: number) => (ms / 1000).toFixed(2);
      rows.push(
        `| ${name} | ${page.performance.toFixed(2)} (${best.performance.toFixed(2)}) | ${s(page.fcpMs)} (${s(best.fcpMs)}) | ` +
          `${s(page.lcpMs)} (${s(best.lcpMs)}) ×${(page.lcpMs / best.lcpMs).toFixed(2)} | ${Math.round(page.tbtMs)} (${Math.round(best.tbtMs)}) | ` +
          `${page.cls.toFixed(3)} | ${page.kib.toFixed(1)} (${best.kib.toFixed(1)}) | ${page.requests} | ${page.accessibility.toFixed(2)} | ` +
          `${misses.length ? `misses ${misses.join(', ')}` : 'meets all'} |`,
      );
    }
  } finally {
    ceiling.close();
  }
} finally {
  await app.stop();
  chrome.kill();
}

process.stdout.write(
  `Lighthouse 12.2.3, mobile profile, median of ${RUNS}; (in brackets) the ceiling: the same HTML and CSS, no script.\n\n` +
    '| page | performance | FCP (s) | LCP (s), × ceiling | TBT (ms) | CLS | transferred (KiB) | requests | accessibility | targets |\n' +
    '|---|---|---|---|---|---|---|---|---|---|\n' +
    `${rows.join('\n')}\n\n` +
    (unmeasured ? `${unmeasured} run(s) Lighthouse could not measure were run again.\n` : '') +
    `Targets: performance ≥ ${TARGETS.performance}, LCP ≤ ${TARGETS.lcpMs / 1000} s, CLS ≤ ${TARGETS.cls}, ≤ ${TARGETS.kib} KiB, accessibility ${TARGETS.accessibility}.\n`,
);
if (failed) process.exitCode = 1;
