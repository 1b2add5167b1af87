import type { AppContext } from '../../core/http/context.js';

/** A node's turn at the queued imports. */
export async function runQueuedImports(_ctx: AppContext): Promise<void> {}
