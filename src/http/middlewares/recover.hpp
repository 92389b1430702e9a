#pragma once

#include "http/middleware.hpp"

namespace waymark::http {

// An exception means a bug: log it with the request id and answer 500 problem+json, so
// one broken handler never takes the connection or the server down.
class RecoverMiddleware final : public Middleware {
 public:
  boost::asio::awaitable<void> Handle(Exchange& exchange, Next next) override;
};

}  // namespace waymark::http
