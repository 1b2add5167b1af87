// What a browser downloads for a page: `npm run build:web && npm run bench:page-weight`.
// Reads Vite's manifest of the built app and sums the gzipped size of the files each
// kind of page loads: the first load of any public page (the entry, its static imports
// and its CSS), and what the staff's pages load on top of it when first opened.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const WEB = 'dist/web';
// A public page's first load, in kB of gzipped JavaScript; the app should stay well under it.
const BUDGET_KB = 200;

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const manifest = JSON.parse(readFileSync(join(WEB, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
const gzipped = (file: string) => gzipSync(readFileSync(join(WEB, file)), { level: 9 }).length;

/** The chunk's files and those of everything it imports statically. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

function weigh(keys: Set<string>, except = new Set<string>()) {
  let js = 0;
  let css = 0;
  for (const key of keys) {
    if (except.has(key)) continue;
    const chunk = manifest[key] as Chunk;
    js += gzipped(chunk.file);
    for (const sheet of chunk.css ?? []) css += gzipped(sheet);
  }
  return { js: Math.round(js / 100) / 10, css: Math.round(css / 100) / 10 };
}

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey) throw new Error(`No entry in ${WEB}/.vite/manifest.json: run "npm run build:web" first.`);
const firstLoad = closure(entryKey);
const rows = [{ page: 'first load of a public page (home, event, sign-in)', ...weigh(firstLoad) }];
for (const lazy of manifest[entryKey]?.dynamicImports ?? []) {
  const name = manifest[lazy]?.src?.split('/').pop() ?? lazy;
  rows.push({ page: `then ${name}`, ...weigh(closure(lazy), firstLoad) });
}

process.stdout.write('| page | JS (kB, gzip) | CSS (kB, gzip) |\n|---|---|---|\n');
for (const row of rows) process.stdout.write(`| ${row.page} | ${row.js} | ${row.css} |\n`);
const first = rows[0]?.js ?? 0;
process.stdout.write(`\nFirst load: ${first} kB of JavaScript, budget ${BUDGET_KB} kB.\n`);
if (first > BUDGET_KB) process.exitCode = 1;
