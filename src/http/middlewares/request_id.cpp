#include "http/middlewares/request_id.hpp"

#include <array>
#include <random>

namespace waymark::http {
namespace {

// Request ids need to be unique in practice, not secret: a per-thread PRNG avoids a
// syscall per request.
std::string_view NewRequestId(std::array<char, 16>& storage) {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  static constexpr char kHex[] = "0123456789abcdef";
  std::uint64_t bits = engine();
  for (char& c : storage) {
    c = kHex[bits & 0xf];
    bits >>= 4;
  }
  return {storage.data(), storage.size()};
}

}  // namespace

bool IsAcceptableRequestId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

boost::asio::awaitable<void> RequestIdMiddleware::Handle(Exchange& exchange, Next next) {
  std::array<char, 16> generated;
  std::string_view id = exchange.request.Header("X-Request-Id");
  if (!IsAcceptableRequestId(id)) id = NewRequestId(generated);
  exchange.request.request_id = id;
  co_await next(exchange);
  exchange.response.SetHeader("X-Request-Id", id);
}

}  // namespace waymark::http
