import type { TestApp } from '../harness.js';
import { describeOperation, type Operation, readOperations } from './operations.js';
import { type Failure, fuzzRoute, isSessionEnding, type RouteResult, routeSeed } from './run.js';
import { seedWorld } from './world.js';

export interface TierResult {
  routes: number;
  sent: number;
  failures: Failure[];
  /** Each caller's and route's answers, `organizer GET /api/events/{slug}`. */
  byRoute: Map<string, RouteResult>;
}

/**
 * Seeds the world, reads the routes from the app's OpenAPI document, and sends
 * `numRuns` generated requests to each of them, as each caller (anonymous, then
 * the organizer).
 */
export async function fuzzEveryRoute(test: TestApp, options: { numRuns: number; seed: number }): Promise<TierResult> {
  const world = await seedWorld(test);
  const operations = await readOperations(test.app);
  // Deletes after the rest, so that the other routes still find the records; the sign-out last of all.
  const rank = (o: Operation) => (isSessionEnding(o) ? 2 : o.method === 'DELETE' ? 1 : 0);
  const ordered = [...operations].sort((a, b) => rank(a) - rank(b));
  const result: TierResult = { routes: operations.length, sent: 0, failures: [], byRoute: new Map() };
  for (const caller of world.callers) {
    for (const operation of ordered) {
      const name = `${caller.name} ${describeOperation(operation)}`;
      const seed = routeSeed(options.seed, name);
      const run = await fuzzRoute({
        app: test.app,
        operation,
        caller,
        pools: world.pools,
        numRuns: options.numRuns,
        seed,
      });
      result.sent += run.sent;
      result.failures.push(...run.failures);
      result.byRoute.set(name, run);
    }
  }
  return result;
}
