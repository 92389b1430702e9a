#include "http/middlewares/cors.hpp"

namespace waymark::http {

boost::asio::awaitable<void> CorsMiddleware::Handle(Exchange& exchange, Next next) {
  const Route* route = exchange.match.preflight ? exchange.match.any_method : exchange.match.route;
  const CorsPolicy* policy = route != nullptr ? route->options.cors : nullptr;
  std::string_view origin = exchange.request.Header(Field::origin);

  if (exchange.match.preflight) {
    exchange.response = Response::Empty(StatusCode::no_content);
    exchange.response.SetHeader("Vary", "Origin");
    if (!policy->AllowsPreflight(origin, exchange.request))
      co_return;  // no CORS headers: the browser refuses
    exchange.response.SetHeader("Access-Control-Allow-Origin", origin);
    exchange.response.SetHeader("Access-Control-Allow-Methods", exchange.match.allow);
    std::string_view requested = exchange.request.Header(Field::access_control_request_headers);
    if (!requested.empty()) {
      exchange.response.SetHeader("Access-Control-Allow-Headers", requested);
    }
    exchange.response.SetHeader("Access-Control-Max-Age", "600");
    co_return;
  }

  co_await next(exchange);
  if (policy == nullptr || origin.empty()) co_return;
  // A handler that answered for the origin itself has said all of it, Vary included.
  if (exchange.response.HasHeader("Access-Control-Allow-Origin")) co_return;
  exchange.response.SetHeader("Vary", "Origin");
  if (policy->Allows(origin, exchange.request)) {
    exchange.response.SetHeader("Access-Control-Allow-Origin", origin);
  }
}

}  // namespace waymark::http
