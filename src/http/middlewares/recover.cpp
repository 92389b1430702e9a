#include "http/middlewares/recover.hpp"

#include <spdlog/spdlog.h>

#include "http/problem.hpp"

namespace waymark::http {

boost::asio::awaitable<void> RecoverMiddleware::Handle(Exchange& exchange, Next next) {
  std::string failure;
  try {
    co_await next(exchange);
    co_return;
  } catch (const std::exception& error) {
    failure = error.what();
  } catch (...) {
    failure = "unknown exception";
  }
  spdlog::error("request.failed request_id={} path=\"{}\" error=\"{}\"",
                exchange.request.request_id, exchange.request.path, failure);
  exchange.response = ProblemResponse({StatusCode::internal_server_error,
                                       "Internal Server Error",
                                       "The server failed; the request id identifies the error "
                                       "in the server's log.",
                                       {}});
}

}  // namespace waymark::http
