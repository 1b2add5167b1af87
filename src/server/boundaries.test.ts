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

function boundaryViolations(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SERVER)) {
    const from = relative(SERVER, file);
    if (isExempt(from) || from === 'core/db/schema.ts') continue;
    for (const to of importsOf(file)) {
      if (to.startsWith('..')) continue;
      const [fromOwner, toOwner] = [ownerOf(from), ownerOf(to)];
      if (fromOwner === toOwner) continue;
      const isQueryFile = /\.(repo|tables)\.ts$/.test(to);
      const isTableReference = from.endsWith('.tables.ts') && to.endsWith('.tables.ts');
      if (from.startsWith('core/') && to.startsWith('modules/')) found.push(`${from} -> ${to}: core imports a module`);
      else if (isQueryFile && !isTableReference) found.push(`${from} -> ${to}: another folder's queries`);
      else if (
        fromOwner?.startsWith('modules/') &&
        toOwner?.startsWith('modules/') &&
        !to.endsWith('.service.ts') &&
        !isTableReference
      )
        found.push(`${from} -> ${to}: another module's insides`);
    }
  }
  return found.sort();
}

/** Reach-ins that stand today, each to be removed; the list may only shrink. */
const KNOWN: string[] = [
  'core/auth/auth.repo.ts -> modules/events/events.tables.ts: core imports a module',
  'core/auth/auth.repo.ts -> modules/registration/registration.tables.ts: core imports a module',
];

describe('module boundaries', () => {
  it('no module reaches into another, and core reaches into none', () => {
    expect(boundaryViolations()).toEqual(KNOWN);
  });
});
