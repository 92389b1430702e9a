#pragma once

#include <boost/asio/awaitable.hpp>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "http/request.hpp"
#include "http/response.hpp"
#include "http/router.hpp"

namespace waymark::http {

// One request on its way through the middleware chain.
struct Exchange {
  Request request;
  Response response;
  Match match;
  // Set when the connection already knows the answer (a malformed or oversized request):
  // the chain still runs, so such requests are logged and counted like any other.
  std::optional<Response> early_response;
};

class Middleware;

// The rest of the chain after the current middleware; the last step runs the route.
class Next {
 public:
  explicit Next(std::span<Middleware* const> rest) : rest_(rest) {}
  boost::asio::awaitable<void> operator()(Exchange& exchange) const;

 private:
  std::span<Middleware* const> rest_;
};

class Middleware {
 public:
  virtual ~Middleware() = default;
  // Either answers the exchange itself or calls `next` and adjusts the response after.
  virtual boost::asio::awaitable<void> Handle(Exchange& exchange, Next next) = 0;
};

// The ordered chain the server runs every request through.
class Pipeline {
 public:
  void Add(std::unique_ptr<Middleware> middleware);
  boost::asio::awaitable<void> Run(Exchange& exchange) const { return Next(chain_)(exchange); }

 private:
  std::vector<std::unique_ptr<Middleware>> owned_;
  std::vector<Middleware*> chain_;
};

}  // namespace waymark::http
