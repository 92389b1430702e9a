#include "http/middlewares/security_headers.hpp"

namespace waymark::http {

boost::asio::awaitable<void> SecurityHeadersMiddleware::Handle(Exchange& exchange, Next next) {
  co_await next(exchange);
  Response& response = exchange.response;
  response.SetHeader("Content-Security-Policy",
                     "default-src 'self'; object-src 'none'; base-uri 'self'; "
                     "frame-ancestors 'none'; form-action 'self'");
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  response.SetHeader("X-Frame-Options", "DENY");
}

}  // namespace waymark::http
