#pragma once

#include "http/middleware.hpp"

namespace waymark::http {

// Gives every request an id, echoed in X-Request-Id so a user's report can be matched
// with the application log. A well-formed id sent by a proxy in front is kept.
class RequestIdMiddleware final : public Middleware {
 public:
  boost::asio::awaitable<void> Handle(Exchange& exchange, Next next) override;
};

// True for ids worth keeping: 1 to 64 characters of [A-Za-z0-9._-].
bool IsAcceptableRequestId(std::string_view id);

}  // namespace waymark::http
