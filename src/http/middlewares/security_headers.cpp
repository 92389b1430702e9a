#include "http/middlewares/security_headers.hpp"

namespace waymark::http {

boost::asio::awaitable<void> SecurityHeadersMiddleware::Handle(Exchange& exchange, Next next) {
  co_await next(exchange);
  Response& response = exchange.response;
  // A handler that serves a page of its own kind (the public changelog) sets its own.
  if (!response.HasHeader("Content-Security-Policy")) {
    response.SetHeader("Content-Security-Policy",
                       "default-src 'self'; object-src 'none'; base-uri 'self'; "
                       "frame-ancestors 'none'; form-action 'self'");
  }
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  response.SetHeader("X-Frame-Options", "DENY");
}

}  // namespace waymark::http
