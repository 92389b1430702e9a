#pragma once

#include "http/middleware.hpp"
#include "weblog/access_log.hpp"
#include "weblog/trusted_proxies.hpp"

namespace waymark::weblog {

// Writes one access-log line per request, after the rest of the chain has answered it.
class AccessLogMiddleware final : public http::Middleware {
 public:
  AccessLogMiddleware(AccessLog& log, TrustedProxies proxies)
      : log_(log), proxies_(std::move(proxies)) {}

  boost::asio::awaitable<void> Handle(http::Exchange& exchange, http::Next next) override;

 private:
  AccessLog& log_;
  const TrustedProxies proxies_;
};

}  // namespace waymark::weblog
