import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';

/** The tracker's public drawings (the world map). */
export function publicTrackerRoutes(_app: TypedApp, _ctx: AppContext) {}
