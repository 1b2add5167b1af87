import type { Redis } from 'ioredis';
import type { LimitStore } from './limits.js';

const PREFIX = 'pendopo:limit:';

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

export function createRedisLimits(redis: Redis): LimitStore {
  return {
    async take(rules) {
      if (rules.length === 0) return { isAllowed: true };
      const keys = rules.map((rule) => PREFIX + rule.key);
      const args = rules.flatMap((rule) => [rule.max, rule.windowMs]);
      const [isAllowed, wait] = (await redis.eval(TAKE, keys.length, ...keys, ...args)) as [number, number];
      return isAllowed === 1 ? { isAllowed: true } : { isAllowed: false, retryAfterSeconds: Math.ceil(wait / 1000) };
    },
    async giveBack(keys) {
      if (keys.length === 0) return;
      await redis.eval(GIVE_BACK, keys.length, ...keys.map((key) => PREFIX + key));
    },
  };
}
