#include "weblog/access_log_middleware.hpp"

#include "http/serializer.hpp"
#include "weblog/client_address.hpp"

namespace waymark::weblog {
namespace {

// Every X-Forwarded-For field, joined as one list.
std::string_view ForwardedFor(const http::Message& message, std::string& joined) {
  auto [first, last] = message.equal_range("X-Forwarded-For");
  if (first == last) return {};
  if (std::next(first) == last) return first->value();
  for (auto it = first; it != last; ++it) {
    if (!joined.empty()) joined += ',';
    joined.append(it->value());
  }
  return joined;
}

}  // namespace

boost::asio::awaitable<void> AccessLogMiddleware::Handle(http::Exchange& exchange,
                                                         http::Next next) {
  co_await next(exchange);

  const http::Message& message = *exchange.request.message;
  const http::Response& response = exchange.response;
  std::string joined;
  std::string_view client = exchange.request.peer_address;
  if (!proxies_.Empty()) client = ClientAddress(client, ForwardedFor(message, joined), proxies_);
  bool sends_body = message.method() != http::Verb::head && http::StatusAllowsBody(response.status);

  AccessRecord record;
  record.remote_addr = client;
  record.time = std::chrono::system_clock::now();
  record.method = message.method_string();
  record.target = message.target();
  record.version = message.version();
  record.status = static_cast<unsigned>(response.status);
  record.body_bytes = sends_body ? response.body().size() : 0;
  record.referer = exchange.request.Header(http::Field::referer);
  record.user_agent = exchange.request.Header(http::Field::user_agent);
  log_.Write(record);
}

}  // namespace waymark::weblog
