import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';

/** The secretariat's CSV import: a dry run, then a background job with its progress. */
export function importRoutes(_app: TypedApp, _ctx: AppContext) {}
