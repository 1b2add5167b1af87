// What a reader's browser downloads for each public page on its first visit, as the server
// sends it: `npm run build && npm run bench:page-weight`. Starts the built server with the
// demo, asks for each page and every file its HTML loads at once, and counts the bytes on
// the wire (compressed as sent), once with `Accept-Encoding: br, gzip` and once without.
import { request } from 'node:http';
import { assetsOf, publicPages, startBuiltServer } from './support/built-server.js';

const BUDGET_KIB = 200;
const PORT = 3391;

/** The body's bytes as they came over the wire, and the coding they came in. */
function fetchRaw(url: string, acceptEncoding: string): Promise<{ bytes: number; coding: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ bytes: body.length, coding: String(res.headers['content-encoding'] ?? 'none'), body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function weigh(base: string, path: string, acceptEncoding: string) {
  const html = await fetchRaw(base + path, acceptEncoding);
  const plain = acceptEncoding ? await fetchRaw(base + path, '') : html;
  const sizes = { html: html.bytes, js: 0, css: 0 };
  const codings = new Set([html.coding]);
  for (const asset of assetsOf(plain.body.toString())) {
    const file = await fetchRaw(base + asset, acceptEncoding);
    codings.add(file.coding);
    if (asset.endsWith('.css')) sizes.css += file.bytes;
    else sizes.js += file.bytes;
  }
  return { ...sizes, total: sizes.html + sizes.js + sizes.css, codings: [...codings].join(', ') };
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const server = await startBuiltServer(PORT);
let over = false;
try {
  process.stdout.write(
    '| page | HTML | JS | CSS | first load (KiB, br) | sent as | uncompressed (KiB) |\n|---|---|---|---|---|---|---|\n',
  );
  for (const { name, path } of await publicPages(server.base)) {
    const sent = await weigh(server.base, path, 'br, gzip');
    const plain = await weigh(server.base, path, '');
    over ||= sent.total > BUDGET_KIB * 1024;
    process.stdout.write(
      `| ${name} | ${kib(sent.html)} | ${kib(sent.js)} | ${kib(sent.css)} | ${kib(sent.total)} | ${sent.codings} | ${kib(plain.total)} |\n`,
    );
  }
  process.stdout.write(`\nBudget: ${BUDGET_KIB} KiB on the wire for a public page's first load.\n`);
} finally {
  await server.stop();
}
if (over) process.exitCode = 1;
