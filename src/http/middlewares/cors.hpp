#pragma once

#include "http/middleware.hpp"

namespace waymark::http {

// Answers CORS preflight for routes that declare a CorsPolicy and adds the CORS headers
// to their responses when the caller's Origin is allowed.
class CorsMiddleware final : public Middleware {
 public:
  boost::asio::awaitable<void> Handle(Exchange& exchange, Next next) override;
};

// Every origin may call the route (for public, credential-free endpoints).
class AnyOriginPolicy final : public CorsPolicy {
 public:
  bool Allows(std::string_view) const override { return true; }
};

}  // namespace waymark::http
