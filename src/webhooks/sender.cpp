#include "webhooks/sender.hpp"

#include <openssl/ssl.h>

#include <array>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <memory>

#include "webhooks/address_policy.hpp"

namespace waymark::webhooks {
namespace {

namespace asio = boost::asio;
namespace beast_http = boost::beast::http;
using boost::system::error_code;

SendResult Failed(std::string why) {
  SendResult result;
  result.error = std::move(why);
  return result;
}

beast_http::request<beast_http::string_body> RequestFor(const TargetUrl& url,
                                                        const Headers& headers, std::string body) {
  beast_http::request<beast_http::string_body> request{beast_http::verb::post, url.target, 11};
  request.set(beast_http::field::host, url.host_header);
  request.set(beast_http::field::connection, "close");
  for (const auto& [name, value] : headers) request.set(name, value);
  request.body() = std::move(body);
  request.prepare_payload();
  return request;
}

// Sends the request and reads the answer: all its head, and its body until the end or
// until kMaxResponseBytes came (a body that cannot be read to its end still leaves the
// status standing: the receiver has said what it had to say).
template <class Stream>
asio::awaitable<SendResult> Converse(Stream& stream,
                                     beast_http::request<beast_http::string_body>& request) {
  error_code ec;
  co_await beast_http::async_write(stream, request, asio::redirect_error(asio::use_awaitable, ec));
  if (ec) co_return Failed("sending failed: " + ec.message());
  boost::beast::flat_buffer buffer;
  // A buffer_body, not a string_body, which would reserve whatever Content-Length claims.
  beast_http::response_parser<beast_http::buffer_body> parser;
  parser.body_limit(boost::none);  // bounded by the loop below, not refused up front
  co_await beast_http::async_read_header(stream, buffer, parser,
                                         asio::redirect_error(asio::use_awaitable, ec));
  if (ec) co_return Failed("no answer: " + ec.message());
  std::string body;
  std::array<char, 8192> chunk;
  while (!ec && !parser.is_done() && body.size() < Exchange::kMaxResponseBytes) {
    parser.get().body().data = chunk.data();
    parser.get().body().size = chunk.size();
    co_await beast_http::async_read(stream, buffer, parser,
                                    asio::redirect_error(asio::use_awaitable, ec));
    if (ec == beast_http::error::need_buffer) ec = {};
    body.append(chunk.data(), chunk.size() - parser.get().body().size);
  }
  SendResult result;
  const int status = static_cast<int>(parser.get().result_int());
  result.status = status;
  result.response = KeptResponse(body);
  if (status >= 300 && status < 400) {
    result.error = "answered " + std::to_string(status) + "; redirects are not followed";
  } else if (status < 200 || status >= 300) {
    result.error = "answered " + std::to_string(status);
  }
  co_return result;
}

// None of the addresses the host resolves to may be connected to.
SendResult Refused(const TargetUrl& url, const ScreenedEndpoints& screened) {
  if (!screened.refused) return Failed("cannot resolve " + url.host + ": no address");
  const std::string address = screened.refused->to_string();
  const std::string kind(NonPublicKind(*screened.refused).value_or("a refused address"));
  const std::string what =
      url.host == address ? address + " is " : url.host + " resolves to " + address + ", ";
  SendResult result = Failed("refused: " + what + kind + " (webhooks.allow_private_networks)");
  result.futile = true;
  return result;
}

bool IsIpAddress(const std::string& host) {
  error_code ec;
  asio::ip::make_address(host, ec);
  return !ec;
}

}  // namespace

asio::ssl::context ClientTlsContext() {
  asio::ssl::context context(asio::ssl::context::tls_client);
  context.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                      asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                      asio::ssl::context::no_tlsv1_1);
  context.set_default_verify_paths();
  context.set_verify_mode(asio::ssl::verify_peer);
  return context;
}

Exchange::Exchange(asio::any_io_executor executor, asio::ssl::context& tls,
                   bool allow_private_networks)
    : executor_(executor),
      tls_context_(tls),
      allow_private_networks_(allow_private_networks),
      resolver_(executor),
      deadline_(executor) {}

asio::awaitable<SendResult> Exchange::Post(const TargetUrl& url, const Headers& headers,
                                           std::string body, std::chrono::milliseconds timeout) {
  // The timer's handler may be queued already when the exchange ends, and run after it is
  // gone: `ended` tells it so.
  auto ended = std::make_shared<bool>(false);
  deadline_.expires_after(timeout);
  deadline_.async_wait([this, ended](error_code ec) {
    if (ec || *ended) return;
    timed_out_ = true;
    Abort();
  });
  SendResult result = co_await Run(url, headers, std::move(body));
  *ended = true;
  deadline_.cancel();
  if (timed_out_ && !result.status) {
    result.error = "no answer within " + std::to_string(timeout.count()) + " ms";
  }
  co_return result;
}

void Exchange::Abort() {
  aborted_ = true;
  resolver_.cancel();
  if (plain_) plain_->close();
  if (tls_) tls_->next_layer().close();
}

asio::awaitable<SendResult> Exchange::Run(const TargetUrl& url, const Headers& headers,
                                          std::string body) {
  error_code ec;
  const std::string port = std::to_string(url.port);
  auto endpoints = co_await resolver_.async_resolve(url.host, port,
                                                    asio::redirect_error(asio::use_awaitable, ec));
  if (aborted_) co_return Failed("interrupted");
  if (ec) co_return Failed("cannot resolve " + url.host + ": " + ec.message());
  const std::vector<asio::ip::tcp::endpoint> resolved(endpoints.begin(), endpoints.end());
  ScreenedEndpoints screened = ScreenEndpoints(resolved, allow_private_networks_);
  if (screened.allowed.empty()) co_return Refused(url, screened);
  ec = co_await Connect(url, screened.allowed);
  if (ec) co_return Failed("cannot connect to " + url.host_header + ": " + ec.message());
  auto request = RequestFor(url, headers, std::move(body));
  if (tls_) co_return co_await Converse(*tls_, request);
  co_return co_await Converse(*plain_, request);
}

asio::awaitable<error_code> Exchange::Connect(
    const TargetUrl& url, const std::vector<asio::ip::tcp::endpoint>& endpoints) {
  error_code ec;
  if (!url.tls) {
    plain_.emplace(executor_);
    co_await plain_->async_connect(endpoints, asio::redirect_error(asio::use_awaitable, ec));
    co_return ec;
  }
  tls_.emplace(executor_, tls_context_);
  // SNI names a host; an address is never sent in it (RFC 6066).
  if (!IsIpAddress(url.host)) SSL_set_tlsext_host_name(tls_->native_handle(), url.host.c_str());
  tls_->set_verify_mode(asio::ssl::verify_peer);
  tls_->set_verify_callback(asio::ssl::host_name_verification(url.host));
  co_await tls_->next_layer().async_connect(endpoints,
                                            asio::redirect_error(asio::use_awaitable, ec));
  if (ec) co_return ec;
  co_await tls_->async_handshake(asio::ssl::stream_base::client,
                                 asio::redirect_error(asio::use_awaitable, ec));
  co_return ec;
}

}  // namespace waymark::webhooks
