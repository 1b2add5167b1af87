import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesBelow, sourceFiles } from './testing/sourceFiles.js';

/*
 * The browser's layers import downward only:
 *   app/ -> features/* -> ui/ -> lib/ (HTTP client, session, contract), i18n/, src/shared/.
 * A feature reaches another feature only through its public index.ts, or lazily through its
 * manage/index.ts (the organizer area's sections); never into its files.
 */

const WEB = dirname(fileURLToPath(import.meta.url));
const SRC = resolve(WEB, '..');

interface Import {
  from: string;
  to: string;
  isDynamic: boolean;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm;

/** The relative imports of a file, as paths from src/ without the extension. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => ({
    from: relative(SRC, file).replace(/\.tsx?$/, ''),
    to: relative(SRC, resolve(dirname(file), match[1] ?? '')).replace(/\.js$/, ''),
    isDynamic: /^import\s*\(/.test(match[0]),
  }));
}

type Layer = { kind: 'app' | 'ui' | 'lib' | 'i18n' | 'main' | 'shared' | 'other' } | { kind: 'feature'; name: string };

function layerOf(path: string): Layer {
  const parts = path.split('/');
  if (parts[0] === 'shared') return { kind: 'shared' };
  if (parts[0] !== 'web') return { kind: 'other' };
  if (parts[1] === 'features' && parts[2]) return { kind: 'feature', name: parts[2] };
  // The two entries: the browser's (main.tsx) and the server's rendering (render/).
  if (parts[1] === 'main' || parts[1] === 'render') return { kind: 'main' };
  if (parts[1] === 'app' || parts[1] === 'ui' || parts[1] === 'lib' || parts[1] === 'i18n') return { kind: parts[1] };
  return { kind: 'other' };
}

/** What each layer may import besides src/shared and itself. */
const BELOW: Record<string, string[]> = {
  main: ['app', 'feature', 'ui', 'lib', 'i18n'],
  app: ['feature', 'ui', 'lib', 'i18n'],
  feature: ['ui', 'lib', 'i18n'],
  ui: ['lib', 'i18n'],
  i18n: ['lib'],
  lib: [],
};

/** Why an import runs against the order, or null when it keeps it. */
function violation({ from, to, isDynamic }: Import): string | null {
  const source = layerOf(from);
  const target = layerOf(to);
  if (target.kind === 'other') return `${from} imports ${to}, outside src/web and src/shared`;
  if (target.kind === 'shared') return null;
  if (source.kind === 'feature' && target.kind === 'feature') {
    if (source.name === target.name) return null;
    const inside = to.split('/').slice(3).join('/');
    if (inside === 'index') return null;
    if (inside === 'manage/index' && isDynamic) return null;
    return `${from} imports ${to}: another feature's internals (use its index.ts)`;
  }
  if (source.kind === target.kind) return null;
  if (BELOW[source.kind]?.includes(target.kind)) return null;
  return `${from} (${source.kind}) imports ${to} (${target.kind}): against app -> features -> ui -> lib`;
}

describe('the browser’s import graph', () => {
  const imports = sourceFiles(WEB).flatMap(importsOf);

  it('reads the imports it checks', () => {
    expect(imports.length).toBeGreaterThan(300);
    expect(imports.some((i) => i.isDynamic)).toBe(true);
  });

  it('imports downward only: app -> features -> ui -> lib, features through their index.ts', () => {
    expect(imports.map(violation).filter((v) => v !== null)).toEqual([]);
  });

  it('fails on each kind of import against the order', () => {
    const check = (from: string, to: string, isDynamic = false) => violation({ from, to, isDynamic });
    expect(check('web/features/events/EventPage', 'web/app/router')).not.toBeNull();
    expect(check('web/ui/Field', 'web/features/events/api')).not.toBeNull();
    expect(check('web/lib/api', 'web/ui/text')).not.toBeNull();
    expect(check('web/features/events/EventPage', 'web/features/registration/api')).not.toBeNull();
    expect(check('web/features/events/manage/ManagePage', 'web/features/registration/manage/index')).not.toBeNull();
    expect(check('web/features/events/EventPage', 'server/core/errors')).not.toBeNull();
    expect(check('web/features/events/EventPage', 'web/features/registration/index')).toBeNull();
    expect(check('web/features/events/manage/ManagePage', 'web/features/registration/manage/index', true)).toBeNull();
    expect(check('web/app/router', 'web/features/events/EventPage')).toBeNull();
    expect(check('web/features/events/EventPage', 'shared/events')).toBeNull();
  });
});

describe('the browser’s data access', () => {
  const files = sourceFiles(WEB).map((file) => ({ path: relative(SRC, file), text: readFileSync(file, 'utf8') }));

  it('calls the API only through hooks: no api.* or fetch in components', () => {
    // The server's rendering (render/) is no component: it runs the queries the components declared.
    const components = files.filter(({ path }) => path.endsWith('.tsx') && !path.startsWith('web/render/'));
    const calls = components.filter(({ text }) => /\bapi\.[a-z]+\(|\bfetch\(/.test(text));
    expect(calls.map((file) => file.path)).toEqual([]);
  });

  it('names query keys only through key factories', () => {
    const literal = /queryKey:\s*\[|(?:set|get)QueryData(?:<[^>]*>)?\(\s*\[/;
    const handWritten = files.filter(({ text }) => literal.test(text));
    expect(handWritten.map((file) => file.path)).toEqual([]);
  });
});

describe('the browser’s stylesheets', () => {
  it('keeps each stylesheet under 300 lines, a feature’s rules beside the feature', () => {
    const long = filesBelow(WEB, (name) => name.endsWith('.css')).filter(
      (file) => readFileSync(file, 'utf8').split('\n').length > 300,
    );
    expect(long.map((file) => relative(SRC, file))).toEqual([]);
  });
});
