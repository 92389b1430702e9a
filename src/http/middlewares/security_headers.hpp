#pragma once

#include "http/middleware.hpp"

namespace waymark::http {

// Headers that keep pages from being framed, sniffed or leaking full URLs to other sites.
class SecurityHeadersMiddleware final : public Middleware {
 public:
  boost::asio::awaitable<void> Handle(Exchange& exchange, Next next) override;
};

}  // namespace waymark::http
