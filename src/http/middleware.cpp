#include "http/middleware.hpp"

#include "http/problem.hpp"

namespace waymark::http {
namespace {

Response MethodNotAllowed(const std::string& allow) {
  Response response = ProblemResponse({StatusCode::method_not_allowed,
                                       "Method Not Allowed",
                                       "This path does not answer this method.",
                                       {}});
  response.SetHeader("Allow", allow);
  return response;
}

// The end of the chain: the route's handler, or the answer for a request that has none.
boost::asio::awaitable<void> Dispatch(Exchange& exchange) {
  if (exchange.early_response) {
    exchange.response = std::move(*exchange.early_response);
  } else if (exchange.match.route != nullptr) {
    exchange.response = co_await exchange.match.route->handler(exchange.request);
  } else if (!exchange.match.allow.empty()) {
    exchange.response = MethodNotAllowed(exchange.match.allow);
  } else {
    exchange.response = NotFound();
  }
}

}  // namespace

boost::asio::awaitable<void> Next::operator()(Exchange& exchange) const {
  if (rest_.empty()) return Dispatch(exchange);
  return rest_.front()->Handle(exchange, Next(rest_.subspan(1)));
}

void Pipeline::Add(std::unique_ptr<Middleware> middleware) {
  chain_.push_back(middleware.get());
  owned_.push_back(std::move(middleware));
}

}  // namespace waymark::http
