// The CPU work each request costs outside the kernel: routing, the response head, the
// access-log line.
#include <benchmark/benchmark.h>

#include "http/router.hpp"
#include "http/serializer.hpp"
#include "weblog/combined_format.hpp"

namespace waymark {
namespace {

http::Router RealisticRouter() {
  http::Router router;
  http::Handler none = [](http::Request&) -> boost::asio::awaitable<http::Response> {
    co_return http::Response::Empty();
  };
  for (const char* path : {"/healthz", "/readyz", "/metrics", "/sdk.js", "/v1/widget/boot",
                           "/v1/events", "/api/v1/auth/login", "/api/v1/auth/me"}) {
    router.Add(http::Verb::get, path, none);
  }
  for (const char* path : {"/api/v1/projects/{id}", "/api/v1/projects/{id}/posts",
                           "/api/v1/projects/{id}/posts/{post}", "/api/v1/projects/{id}/segments",
                           "/api/v1/projects/{id}/interactions"}) {
    router.Add(http::Verb::get, path, none);
    router.Add(http::Verb::post, path, none);
  }
  return router;
}

void BM_RouterFindParameterized(benchmark::State& state) {
  http::Router router = RealisticRouter();
  http::PathParams params;
  for (auto _ : state) {
    http::Match match =
        router.Find(http::Verb::get, "/api/v1/projects/p_123/posts/post_9", false, params);
    benchmark::DoNotOptimize(match.route);
  }
}
BENCHMARK(BM_RouterFindParameterized);

void BM_RouterFindLiteral(benchmark::State& state) {
  http::Router router = RealisticRouter();
  http::PathParams params;
  for (auto _ : state) {
    http::Match match = router.Find(http::Verb::get, "/healthz", false, params);
    benchmark::DoNotOptimize(match.route);
  }
}
BENCHMARK(BM_RouterFindLiteral);

void BM_AppendHead(benchmark::State& state) {
  http::Response response = http::Response::Json(R"({"status":"ok"})");
  response.SetHeader("X-Request-Id", "0123456789abcdef");
  std::string out;
  for (auto _ : state) {
    out.clear();
    http::AppendHead(out, response, true);
    benchmark::DoNotOptimize(out.data());
  }
}
BENCHMARK(BM_AppendHead);

void BM_AppendCombined(benchmark::State& state) {
  weblog::AccessRecord record;
  record.remote_addr = "203.0.113.42";
  record.time = std::chrono::system_clock::now();
  record.method = "GET";
  record.target = "/changelog/acme?utm_source=newsletter";
  record.status = 200;
  record.body_bytes = 5120;
  record.referer = "https://www.example.com/pricing";
  record.user_agent =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/120.0 Safari/537.36";
  std::string out;
  for (auto _ : state) {
    out.clear();
    weblog::AppendCombined(out, record);
    benchmark::DoNotOptimize(out.data());
  }
}
BENCHMARK(BM_AppendCombined);

}  // namespace
}  // namespace waymark
