-- wrk script for bench/ingest: POST /v1/events as the SDK sends it, 20 events a request,
-- every event with an id of its own (a UUID made of the wrk thread and a counter), so
-- that each request stores 20 new events rather than being recognised as a resend.
-- nginx is sent the very same requests.
--
-- BENCH_EVENTS_KEY: the project's public key; BENCH_EVENTS_PER_REQUEST (20);
-- BENCH_EVENTS_RUN: a number that makes this run's ids differ from the warm-up's.

local key = os.getenv("BENCH_EVENTS_KEY") or error("BENCH_EVENTS_KEY: the project's public key")
local per_request = tonumber(os.getenv("BENCH_EVENTS_PER_REQUEST") or "20")
local run = tonumber(os.getenv("BENCH_EVENTS_RUN") or "0")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

local counter = 0
local head = '{"projectId":"' .. key .. '","events":['

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
  wrk.headers["Origin"] = "http://bench.test"
end

function request()
  local ts = os.time() * 1000
  local parts = {}
  for i = 1, per_request do
    counter = counter + 1
    parts[i] = string.format(
      '{"id":"%08x-%04x-7000-8000-%012x","type":"view","ts":%d,"anonymousId":"user-%d",' ..
      '"interactionId":"i%d","props":{"step":%d}}',
      thread_id, run, counter, ts, counter % 1000, counter % 20, counter % 3)
  end
  return wrk.format(nil, "/v1/events", nil, head .. table.concat(parts, ",") .. "]}")
end
