import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The module boundaries of docs/architecture.md, checked over the import graph:
 * - `core/` imports no module (only `core/db/schema.ts` assembles every module's tables);
 * - a module reaches another only through its `*.service.ts` files (its services and the
 *   types they export); a `*.tables.ts` may name another module's tables for a foreign key;
 * - a repository or a table file is imported only inside its own module, or inside core
 *   for core's (tests and `testing/` build records directly and are exempt; so is the
 *   schema index); the demo seeds through the services like any other caller.
 */
const SERVER = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*'([^']+)'|import\('([^']+)'\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(SERVER, resolve(dirname(file), spec)).replace(/\.js$/, '.ts'));
}

/** `modules/registration/list/list.repo.ts` -> `modules/registration`; core is one layer. */
function ownerOf(path: string): string | null {
  const parts = path.split('/');
  if (parts[0] === 'modules') return `modules/${parts[1]}`;
  if (parts[0] === 'core') return 'core';
  return null;
}

const isExempt = (path: string) => path.endsWith('.test.ts') || path.startsWith('testing/');

type Edge = readonly [from: string, to: string];

function importEdges(): Edge[] {
  return sourceFiles(SERVER).flatMap((file) => {
    const from = relative(SERVER, file);
    return importsOf(file).map((to): Edge => [from, to]);
  });
}

/** Why an import crosses a boundary, or null when it may. */
function violation([from, to]: Edge): string | null {
  if (isExempt(from) || from === 'core/db/schema.ts' || to.startsWith('..')) return null;
  const [fromOwner, toOwner] = [ownerOf(from), ownerOf(to)];
  if (fromOwner === toOwner) return null;
  const isQueryFile = /\.(repo|tables)\.ts$/.test(to);
  const isTableReference = from.endsWith('.tables.ts') && to.endsWith('.tables.ts');
  if (from.startsWith('core/') && to.startsWith('modules/')) return `${from} -> ${to}: core imports a module`;
  if (isQueryFile && !isTableReference) return `${from} -> ${to}: another folder's queries`;
  const isModuleToModule = fromOwner?.startsWith('modules/') && toOwner?.startsWith('modules/');
  if (isModuleToModule && !to.endsWith('.service.ts') && !isTableReference)
    return `${from} -> ${to}: another module's insides`;
  return null;
}

describe('module boundaries', () => {
  it('no module reaches into another, and core reaches into none', () => {
    const edges = importEdges();
    expect(edges.length).toBeGreaterThan(500);
    expect(edges.map(violation).filter((v) => v !== null)).toEqual([]);
  });

  it('names each kind of reach-in, and lets services, table references and the schema index pass', () => {
    expect(violation(['modules/delegations/staff/x.service.ts', 'modules/registration/registration.repo.ts'])).toMatch(
      /another folder's queries/,
    );
    expect(violation(['modules/schedule/index.ts', 'modules/programme/published.cache.ts'])).toMatch(/insides/);
    expect(violation(['core/auth/auth.repo.ts', 'modules/events/events.tables.ts'])).toMatch(/core imports a module/);
    expect(violation(['demo/seed.ts', 'modules/events/events.repo.ts'])).toMatch(/queries/);
    expect(violation(['modules/checkin/badge.service.ts', 'modules/registration/attendees.service.ts'])).toBeNull();
    expect(violation(['modules/checkin/checkin.tables.ts', 'modules/registration/registration.tables.ts'])).toBeNull();
    expect(violation(['core/db/schema.ts', 'modules/events/events.tables.ts'])).toBeNull();
    expect(violation(['modules/events/events.test.ts', 'modules/events/events.repo.ts'])).toBeNull();
  });
});
