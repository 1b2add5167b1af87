import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';

/** The tracker's open data: CSV and JSON with their schemas, the data package, the Atom feed. */
export function openDataRoutes(_app: TypedApp, _ctx: AppContext) {}
