import { fileURLToPath } from 'node:url';

/** The package root: the same four levels up from src/server/core and from dist/server/core. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const MIGRATIONS_DIR = `${PROJECT_ROOT}db/migrations`;
export const WEB_DIST_DIR = `${PROJECT_ROOT}dist/web`;
