#include "http/connection.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/url/parse.hpp>
#include <cstdio>

#include "http/problem.hpp"
#include "http/serializer.hpp"

namespace waymark::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);
constexpr std::size_t kReadChunk = 8 * 1024;

bool IsMalformed(const boost::system::error_code& ec) {
  static const auto& http_category = make_error_code(beast_http::error::bad_target).category();
  return ec.category() == http_category && ec != beast_http::error::end_of_stream &&
         ec != beast_http::error::partial_message;
}

Response TooLarge(std::string detail) {
  Response response =
      ProblemResponse({StatusCode::payload_too_large, "Payload Too Large", std::move(detail), {}});
  response.close = true;
  return response;
}

Response Malformed(std::string detail, std::string field = {}) {
  Response response = BadRequest(std::move(detail), std::move(field));
  response.close = true;
  return response;
}

// The answer to a request whose headers could not be read; nullopt when the client is gone
// or too slow, so that there is no one to answer.
std::optional<Response> AnswerToUnreadableHeaders(const boost::system::error_code& ec) {
  if (ec == beast_http::error::header_limit) {
    Response response =
        ProblemResponse({StatusCode::request_header_fields_too_large,
                         "Request Header Fields Too Large",
                         "The request's headers are larger than this server accepts.",
                         {}});
    response.close = true;
    return response;
  }
  if (IsMalformed(ec)) return Malformed("The request is not valid HTTP/1.1: " + ec.message());
  return std::nullopt;
}

}  // namespace

Connection::Connection(asio::ip::tcp::socket socket, const ServerContext& context,
                       const Clock::time_point& now)
    : context_(context), now_(now), socket_(std::move(socket)) {
  boost::system::error_code ec;
  auto endpoint = socket_.remote_endpoint(ec);
  peer_ = ec ? "-" : endpoint.address().to_string();
  head_.reserve(1024);
}

void Connection::Drain() {
  draining_ = true;
  if (idle_) socket_.cancel();
}

void Connection::Close() {
  boost::system::error_code ignored;
  socket_.close(ignored);
}

asio::awaitable<void> Connection::Run() {
  // Two statements, not `a && b`: g++ 12 evaluates both co_awaits of such a condition.
  for (;;) {
    if (!co_await WaitForRequest()) break;
    if (!co_await ServeOne()) break;
  }
  boost::system::error_code ignored;
  socket_.shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
  if (body_left_unread_) co_await Linger();
  socket_.close(ignored);
}

// A socket closed with bytes unread makes the kernel answer with a reset, which can reach
// the client before it reads our 413 and make it report a broken connection instead. So
// what the client is still sending is read and dropped, for a little while and up to a
// bound, until it closes its side on reading the answer.
asio::awaitable<void> Connection::Linger() {
  constexpr std::size_t kMaxDropped = std::size_t{64} << 20;
  Arm(std::chrono::seconds(2));
  for (std::size_t dropped = 0; dropped < kMaxDropped;) {
    buffer_.clear();
    auto [ec, n] = co_await socket_.async_read_some(buffer_.prepare(kReadChunk), kTuple);
    if (ec) break;
    dropped += n;
  }
}

// Between requests the connection is idle and may be closed by shutdown; a request that
// is already buffered (pipelined) is served without waiting.
asio::awaitable<bool> Connection::WaitForRequest() {
  if (buffer_.size() > 0) co_return true;
  if (draining_) co_return false;
  idle_ = true;
  Arm(context_.limits.idle_timeout);
  auto [ec, n] = co_await socket_.async_read_some(buffer_.prepare(kReadChunk), kTuple);
  idle_ = false;
  if (ec) co_return false;
  buffer_.commit(n);
  co_return true;
}

asio::awaitable<bool> Connection::ServeOne() {
  auto started = std::chrono::steady_clock::now();
  parser_.emplace();
  parser_->header_limit(static_cast<std::uint32_t>(context_.limits.header_bytes));
  parser_->body_limit(boost::none);  // the route decides, once the headers are read

  Arm(context_.limits.header_timeout);
  auto [ec, read] = co_await beast_http::async_read_header(socket_, buffer_, *parser_, kTuple);

  Exchange exchange;
  exchange.request.message = &parser_->get();
  exchange.request.peer_address = peer_;
  if (ec) {
    exchange.early_response = AnswerToUnreadableHeaders(ec);
    if (!exchange.early_response) co_return false;  // timed out, reset or closed: no one to answer
  } else if (PrepareRequest(exchange)) {
    std::size_t limit = context_.limits.body_bytes;
    if (exchange.match.route && exchange.match.route->options.body_limit) {
      limit = *exchange.match.route->options.body_limit;
    }
    if (!co_await ReadBody(exchange, limit)) co_return false;
  }

  deadline_ = Clock::time_point::max();  // a handler's time is not the client's to limit
  co_await context_.pipeline.Run(exchange);

  bool keep_alive = !ec && parser_->get().keep_alive() && !exchange.response.close && !draining_;
  bool written = co_await Write(exchange, keep_alive);
  std::size_t route_id =
      exchange.match.route ? exchange.match.route->id : context_.metrics.unmatched_route();
  context_.metrics.Record(route_id, exchange.response.status,
                          std::chrono::steady_clock::now() - started);
  bool serve_next = written && keep_alive;
  co_return serve_next;
}

// Checks what HTTP/1.1 requires beyond the parser and finds the route. Returns false
// when the request is refused (early_response is set).
bool Connection::PrepareRequest(Exchange& exchange) {
  Request& request = exchange.request;
  const Message& message = *request.message;
  std::size_t hosts = message.count(Field::host);
  if (hosts > 1 || (hosts == 0 && message.version() >= 11)) {
    exchange.early_response =
        Malformed("An HTTP/1.1 request carries exactly one Host header.", "Host");
    return false;
  }
  auto target = boost::urls::parse_origin_form(message.target());
  if (!target) {
    exchange.early_response =
        Malformed("The request target is not a valid path and query.", "target");
    return false;
  }
  request.path = target->encoded_path();
  request.query = target->encoded_query();
  bool preflight = message.method() == Verb::options &&
                   message.find(Field::access_control_request_method) != message.end();
  exchange.match = context_.router.Find(message.method(), request.path, preflight, request.params);
  return true;
}

asio::awaitable<bool> Connection::ReadBody(Exchange& exchange, std::size_t limit) {
  if (auto length = parser_->content_length(); length && *length > limit) {
    exchange.early_response = TooLarge("The body is larger than the " + std::to_string(limit) +
                                       " bytes this route accepts.");
    body_left_unread_ = true;
    co_return true;
  }
  if (parser_->is_done()) co_return true;
  parser_->body_limit(limit);
  Arm(context_.limits.body_timeout);
  if (beast::iequals(parser_->get()[Field::expect], "100-continue")) {
    // The client waits for this before it sends the body (curl does for large ones).
    static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
    auto [ec, written] = co_await asio::async_write(socket_, asio::buffer(kContinue), kTuple);
    if (ec) co_return false;
  }
  auto [ec, read] = co_await beast_http::async_read(socket_, buffer_, *parser_, kTuple);
  if (ec == beast_http::error::body_limit) {
    exchange.early_response = TooLarge("The body is larger than the " + std::to_string(limit) +
                                       " bytes this route accepts.");
    body_left_unread_ = true;
  } else if (IsMalformed(ec)) {
    exchange.early_response = Malformed("The request body is not valid: " + ec.message());
  } else if (ec) {
    co_return false;
  }
  co_return true;
}

asio::awaitable<bool> Connection::Write(const Exchange& exchange, bool keep_alive) {
  const Response& response = exchange.response;
  head_.clear();
  AppendHead(head_, response, keep_alive);
  bool send_body =
      exchange.request.message->method() != Verb::head && StatusAllowsBody(response.status);
  std::string_view body = send_body ? response.body() : std::string_view();
  std::array<asio::const_buffer, 2> buffers{asio::buffer(head_), asio::buffer(body)};
  Arm(context_.limits.body_timeout);
  auto [ec, written] = co_await asio::async_write(socket_, buffers, kTuple);
  if (ec) co_return false;
  if (send_body && response.stream()) co_return co_await WriteChunks(response.stream());
  co_return true;
}

asio::awaitable<bool> Connection::WriteChunks(const BodyStream& stream) {
  for (;;) {
    Result<std::string> piece = co_await stream();  // an empty piece: "0\r\n\r\n" ends it
    if (!piece.ok()) co_return false;               // cut: the missing last chunk tells the client
    char size[20];
    const int length = std::snprintf(size, sizeof size, "%zx\r\n", piece->size());
    static constexpr std::string_view kEnd = "\r\n";
    std::array<asio::const_buffer, 3> buffers{asio::buffer(size, static_cast<std::size_t>(length)),
                                              asio::buffer(*piece), asio::buffer(kEnd)};
    Arm(context_.limits.body_timeout);
    auto [ec, written] = co_await asio::async_write(socket_, buffers, kTuple);
    if (ec) co_return false;
    if (piece->empty()) co_return true;
  }
}

}  // namespace waymark::http
