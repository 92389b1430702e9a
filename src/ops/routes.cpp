#include "ops/routes.hpp"

#include "http/problem.hpp"
#include "ops/metrics_access.hpp"
#include "ops/metrics_text.hpp"

namespace waymark::ops {

using boost::asio::awaitable;
using http::Request;
using http::Response;

void AddRoutes(http::Router& router, const Observed& observed) {
  router.Add(http::Verb::get, "/healthz", [](Request&) -> awaitable<Response> {
    co_return Response::Json(R"({"status":"ok"})");
  });

  router.Add(http::Verb::get, "/readyz", [&observed](Request&) -> awaitable<Response> {
    Status store = co_await observed.store->Ping();
    if (!store.ok()) {
      Response response = http::ProblemResponse({http::StatusCode::service_unavailable,
                                                 "Not Ready",
                                                 "The store does not answer: " + store.message(),
                                                 {}});
      response.SetHeader("Retry-After", "1");
      co_return response;
    }
    co_return Response::Json(R"({"status":"ready"})");
  });

  router.Add(http::Verb::get, "/metrics", [&observed](Request& request) -> awaitable<Response> {
    if (!MetricsAllowed(request.peer_address, request.Header("X-Forwarded-For"),
                        request.Header(http::Field::authorization), observed.metrics_token)) {
      co_return http::Forbidden(
          "Metrics are for this machine, or for callers with the configured ops.metrics_token.");
    }
    co_return Response(http::StatusCode::ok, "text/plain; version=0.0.4; charset=utf-8",
                       RenderMetrics(observed));
  });
}

}  // namespace waymark::ops
