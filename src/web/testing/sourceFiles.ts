import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The files below `dir` whose names match, for the tests that read the browser's code as text. */
export function filesBelow(dir: string, matches: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesBelow(path, matches);
    return matches(entry.name) ? [path] : [];
  });
}

/** The browser's code, its tests left out. */
export const sourceFiles = (dir: string) =>
  filesBelow(dir, (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name));
