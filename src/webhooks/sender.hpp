#pragma once

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "webhooks/payload.hpp"
#include "webhooks/target_url.hpp"

// The outbound side: one POST to a receiver, over HTTP or HTTPS (Boost.Beast over
// Boost.Asio, OpenSSL for TLS).
namespace waymark::webhooks {

struct SendResult {
  std::optional<int> status;  // the receiver's HTTP status, when it answered
  std::string error;          // why this is no success; "" for a 2xx answer
  std::string response;       // KeptResponse of the answer's body
  bool futile = false;        // refused before sending: trying again cannot help

  bool succeeded() const { return error.empty(); }
};

// TLS as outbound requests use it: TLS 1.2 at least, the peer's certificate checked against
// the system's trusted certificates (where OpenSSL looks by default) and the URL's host.
boost::asio::ssl::context ClientTlsContext();

// One POST on a connection of its own (Connection: close). Redirects are not followed: a
// 3xx answer is a failure. At most kMaxResponseBytes of the answer are read. Everything
// (resolving, connecting, the TLS handshake, sending, the answer) must happen within the
// timeout. Only public addresses are connected to (address_policy.hpp) unless private
// networks are allowed: every address the host resolves to is checked, and the connection
// goes to the very addresses checked, so a second, different DNS answer cannot slip in
// between. Use from one thread, the executor's.
class Exchange {
 public:
  static constexpr std::size_t kMaxResponseBytes = 64 * 1024;

  // REQUIRES: `tls` outlives the exchange.
  Exchange(boost::asio::any_io_executor executor, boost::asio::ssl::context& tls,
           bool allow_private_networks);

  boost::asio::awaitable<SendResult> Post(const TargetUrl& url, const Headers& headers,
                                          std::string body, std::chrono::milliseconds timeout);
  // Ends the exchange early (the server is stopping): Post soon completes with an error.
  void Abort();

 private:
  using TlsStream = boost::asio::ssl::stream<boost::beast::tcp_stream>;

  boost::asio::awaitable<SendResult> Run(const TargetUrl& url, const Headers& headers,
                                         std::string body);
  boost::asio::awaitable<boost::system::error_code> Connect(
      const TargetUrl& url, const std::vector<boost::asio::ip::tcp::endpoint>& endpoints);

  boost::asio::any_io_executor executor_;
  boost::asio::ssl::context& tls_context_;
  const bool allow_private_networks_;
  boost::asio::ip::tcp::resolver resolver_;
  boost::asio::steady_timer deadline_;
  std::optional<boost::beast::tcp_stream> plain_;
  std::optional<TlsStream> tls_;
  bool aborted_ = false;
  bool timed_out_ = false;
};

}  // namespace waymark::webhooks
