import fastifyRateLimit, { type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import { createRedisClient } from '../redis.js';
import { createFallbackLimits } from './limits.fallback.js';
import { clientKey, createMemoryLimits, type LimitStore } from './limits.js';
import { createRedisLimits } from './limits.redis.js';

/** @fastify/rate-limit counting in our store, so its per-route limits share the Redis fallback. */
function pluginStoreOf(limits: LimitStore): FastifyRateLimitStoreCtor {
  class RouteStore implements FastifyRateLimitStore {
    constructor(private readonly scope = 'route:') {}
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, ms: number) {
      limits.hit(this.scope + key, ms).then(
        ({ count, msLeft }) => callback(null, { current: count, ttl: msLeft }),
        (error: Error) => callback(error),
      );
    }
    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]) {
      // The plugin hands over the route as `routeInfo` (its types say otherwise).
      const route = (routeOptions as { routeInfo?: { method: unknown; url: unknown } }).routeInfo ?? routeOptions;
      return new RouteStore(`route:${String(route.method)}${String(route.url)}:`);
    }
  }
  return RouteStore as unknown as FastifyRateLimitStoreCtor;
}

/**
 * The per-route limits of @fastify/rate-limit (`strictRateLimit`) and the store of the finer ones
 * (failed sign-ins, registration windows); with REDIS_URL every node counts in one Redis, so a
 * guesser cannot multiply a limit by the number of nodes, and while Redis is away each node
 * counts on its own. Both count the client's address as TRUST_PROXY lets Fastify see it (request.ip).
 */
export async function registerRateLimits(app: FastifyInstance, config: Config): Promise<LimitStore> {
  const local = createMemoryLimits();
  let limits = local;
  if (config.redisUrl) {
    const redis = createRedisClient(config.redisUrl, () => undefined);
    app.addHook('onClose', async () => void redis.disconnect());
    // Not there at the start: the node counts on its own until it is.
    await redis.connect().catch(() => undefined);
    limits = createFallbackLimits({
      shared: createRedisLimits(redis, config.redisPrefix),
      local,
      isSharedReady: () => redis.status === 'ready',
      onSwitch: (change) => {
        if (change.isShared) app.log.info('rate limits: Redis is back; every node counts together again');
        else app.log.warn({ reason: change.reason }, 'rate limits: Redis unreachable; this node counts on its own');
      },
    });
  }
  await app.register(fastifyRateLimit, {
    global: false,
    keyGenerator: (request) => clientKey(request.ip),
    store: pluginStoreOf(limits),
  });
  return limits;
}
