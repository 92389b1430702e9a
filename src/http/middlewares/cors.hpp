#pragma once

#include "http/middleware.hpp"

namespace waymark::http {

// Answers CORS preflight for routes that declare a CorsPolicy and adds the CORS headers
// to their responses when the caller's Origin is allowed.
class CorsMiddleware final : public Middleware {
 public:
  boost::asio::awaitable<void> Handle(Exchange& exchange, Next next) override;
};

}  // namespace waymark::http
