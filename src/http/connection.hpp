#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <chrono>
#include <optional>
#include <string>

#include "http/metrics.hpp"
#include "http/middleware.hpp"
#include "http/router.hpp"

namespace waymark::http {

struct ConnectionLimits {
  std::size_t header_bytes = 16 * 1024;
  std::size_t body_bytes = 1024 * 1024;
  std::chrono::milliseconds header_timeout{10'000};
  std::chrono::milliseconds body_timeout{30'000};
  std::chrono::milliseconds idle_timeout{60'000};
};

// What every connection shares; read-only once the server runs (metrics aside).
struct ServerContext {
  const Router& router;
  const Pipeline& pipeline;
  HttpMetrics& metrics;
  ConnectionLimits limits;
};

using Clock = std::chrono::steady_clock;

// One client connection: reads requests one after another (so pipelined requests are
// answered in order), runs each through the pipeline and writes the response.
// Lives on one I/O thread; every member is touched only from it.
//
// Timeouts are deadlines that the thread's sweeper checks a few times a second, against
// a clock the sweeper reads: arming one costs an addition, where a timer per read or
// write would cost a timer-queue update and a clock read each.
class Connection {
 public:
  // `now` is the thread's coarse clock; it must outlive the connection.
  Connection(boost::asio::ip::tcp::socket socket, const ServerContext& context,
             const Clock::time_point& now);

  boost::asio::awaitable<void> Run();

  // Graceful shutdown: an idle connection closes now, a busy one after its response.
  void Drain();
  // The shutdown grace period is over: close whatever state the connection is in.
  void Close();
  // Whether the current read or write has run past its deadline at `now`.
  bool Expired(Clock::time_point now) const { return now >= deadline_; }

 private:
  boost::asio::awaitable<bool> WaitForRequest();
  boost::asio::awaitable<bool> ServeOne();
  boost::asio::awaitable<bool> ReadBody(Exchange& exchange, std::size_t limit);
  bool PrepareRequest(Exchange& exchange);
  boost::asio::awaitable<bool> Write(const Exchange& exchange, bool keep_alive);
  boost::asio::awaitable<bool> WriteChunks(const BodyStream& stream);
  boost::asio::awaitable<void> Linger();

  void Arm(std::chrono::milliseconds timeout) { deadline_ = now_ + timeout; }

  const ServerContext& context_;
  const Clock::time_point& now_;
  Clock::time_point deadline_ = Clock::time_point::max();
  boost::asio::ip::tcp::socket socket_;
  boost::beast::flat_buffer buffer_;
  std::optional<beast_http::request_parser<beast_http::string_body>> parser_;
  std::string peer_;
  std::string head_;  // reused for every response head
  bool idle_ = false;
  bool draining_ = false;
  bool body_left_unread_ = false;  // answered before the client sent all of its body
};

}  // namespace waymark::http
