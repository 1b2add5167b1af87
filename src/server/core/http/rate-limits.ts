import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { Config } from '../../config.js';
import { clientKey, createMemoryLimits, type LimitStore } from './limits.js';
import { createRedisLimits } from './limits.redis.js';

/**
 * The per-route limits of @fastify/rate-limit (`strictRateLimit`) and the store of the finer ones
 * (failed sign-ins, registration windows); with REDIS_URL every node counts in one Redis, so a
 * guesser cannot multiply a limit by the number of nodes. Both count the client's address as
 * TRUST_PROXY lets Fastify see it (request.ip).
 */
export async function registerRateLimits(app: FastifyInstance, config: Config): Promise<LimitStore> {
  // The plugin does not close the client it is given, so the app does.
  const redis = config.redisUrl ? new Redis(config.redisUrl, { connectTimeout: 2000, maxRetriesPerRequest: 1 }) : null;
  if (redis) app.addHook('onClose', async () => void redis.disconnect());
  await app.register(fastifyRateLimit, {
    global: false,
    keyGenerator: (request) => clientKey(request.ip),
    ...(redis ? { redis } : {}),
  });
  return redis ? createRedisLimits(redis) : createMemoryLimits();
}
