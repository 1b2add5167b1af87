import type { Redis } from 'ioredis';
import type { LimitStore } from './limits.js';

// Checks every counter first and counts on all of them only if none is full, in one step,
// so parallel requests on many nodes cannot all slip under the limit together.
// KEYS: the counters; ARGV: max and window (ms) of each in turn. Returns {1} or {0, ms left}.
const TAKE = `
local wait = -1
for i, key in ipairs(KEYS) do
  local count = tonumber(redis.call('GET', key) or '0')
  if count >= tonumber(ARGV[2 * i - 1]) then
    local left = redis.call('PTTL', key)
    if left < 0 then left = tonumber(ARGV[2 * i]) end
    if left > wait then wait = left end
  end
end
if wait >= 0 then return {0, wait} end
for i, key in ipairs(KEYS) do
  if redis.call('INCR', key) == 1 then redis.call('PEXPIRE', key, ARGV[2 * i]) end
end
return {1, 0}
`;

// Decrements only counters that still exist and are above zero: DECR on a missing key would
// make one without an expiry.
const GIVE_BACK = `
for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end
return 0
`;

// Counts one whatever the count; a counter found without an expiry (never made so here) gets one.
// KEYS: the counter; ARGV: the window (ms). Returns {count, ms left}.
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
return {count, left}
`;

/** The counters of every node in one Redis, under `<REDIS_PREFIX>limit:`. */
export function createRedisLimits(redis: Redis, redisPrefix: string): LimitStore {
  const prefix = `${redisPrefix}limit:`;
  return {
    async take(rules) {
      if (rules.length === 0) return { isAllowed: true };
      const keys = rules.map((rule) => prefix + rule.key);
      const args = rules.flatMap((rule) => [rule.max, rule.windowMs]);
      const [isAllowed, wait] = (await redis.eval(TAKE, keys.length, ...keys, ...args)) as [number, number];
      return isAllowed === 1 ? { isAllowed: true } : { isAllowed: false, retryAfterSeconds: Math.ceil(wait / 1000) };
    },
    async giveBack(keys) {
      if (keys.length === 0) return;
      await redis.eval(GIVE_BACK, keys.length, ...keys.map((key) => prefix + key));
    },
    async hit(key, windowMs) {
      const [count, msLeft] = (await redis.eval(HIT, 1, prefix + key, windowMs)) as [number, number];
      return { count, msLeft };
    },
  };
}
