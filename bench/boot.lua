-- wrk script for bench/widget_boot: POST /v1/widget/boot as the SDK sends it when a page
-- reloads, a simple CORS request (a text/plain body holding JSON, so no preflight) from an
-- allowed origin. The body is read from the file named by BENCH_BOOT_BODY.
--
-- Only wrk's globals are set, no request() or response() function: wrk then builds the
-- request once and sends the same bytes every time, without calling into Lua per request,
-- so the client spends no more CPU here than it does on nginx's plain GET.

local path = os.getenv("BENCH_BOOT_BODY") or error("BENCH_BOOT_BODY: the boot request body file")
local file = assert(io.open(path, "rb"))
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
wrk.headers["Origin"] = os.getenv("BENCH_BOOT_ORIGIN") or "http://bench.test"
