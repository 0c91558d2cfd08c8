-- The per-client token bucket shared by every gateway replica (cn.jianwu.gateway.ratelimit.LeasedRedisRateLimiter).
-- Spring Cloud Gateway's bucket, except that a replica may take several tokens at once (a lease it then hands out
-- locally) and that a refusal says how long until the bucket holds the requested tokens again.
--
-- KEYS: tokens, timestamp. ARGV: rate (tokens a second), capacity (burst), wanted (lease), requested (this request).
-- Returns { granted (0 or requested..wanted), tokens left (floor), milliseconds until `requested` tokens are there }.
redis.replicate_commands()

local tokens_key = KEYS[1]
local timestamp_key = KEYS[2]

local rate = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local wanted = tonumber(ARGV[3])
local requested = tonumber(ARGV[4])

local time = redis.call('TIME')
local now = tonumber(time[1]) + tonumber(time[2]) / 1000000

local ttl = math.max(1, math.ceil(capacity / rate * 2))

local last_tokens = tonumber(redis.call('get', tokens_key)) or capacity
local last_refreshed = tonumber(redis.call('get', timestamp_key)) or 0

local filled = math.min(capacity, last_tokens + math.max(0, now - last_refreshed) * rate)
local granted = 0
if filled >= requested then
  granted = math.min(wanted, math.floor(filled))
end
local left = filled - granted

redis.call('setex', tokens_key, ttl, string.format('%.6f', left))
redis.call('setex', timestamp_key, ttl, string.format('%.6f', now))

local wait_ms = 0
if granted == 0 then
  wait_ms = math.ceil((requested - left) / rate * 1000)
end
return { granted, math.floor(left), wait_ms }
