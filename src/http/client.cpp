#include "http/client.hpp"

#include <strings.h>
#include <sys/socket.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

namespace waymark::http {

namespace asio = boost::asio;

std::string ClientResponse::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key.size() == name.size() && strncasecmp(key.data(), name.data(), key.size()) == 0) {
      return value;
    }
  }
  return {};
}

Client::Client(std::string host, std::uint16_t port) : host_(std::move(host)), port_(port) {}

Status Client::Connect() {
  boost::system::error_code ec;
  socket_.emplace(io_);
  socket_->connect({asio::ip::make_address(host_), port_}, ec);
  if (ec) {
    socket_.reset();
    return Status::Io("cannot connect to " + host_ + ":" + std::to_string(port_) + ": " +
                      ec.message());
  }
  buffer_.clear();
  return Status::Ok();
}

Result<ClientResponse> Client::Send(Verb method, std::string_view target, std::string body,
                                    const Headers& headers) {
  if (!socket_) {
    if (Status status = Connect(); !status.ok()) return status;
  }
  Message request{method, target, 11};
  request.set(Field::host, host_ + ":" + std::to_string(port_));
  for (const auto& [name, value] : headers) request.set(name, value);
  if (!body.empty() || method == Verb::post || method == Verb::put || method == Verb::patch) {
    request.body() = std::move(body);
    request.prepare_payload();
  }

  boost::system::error_code ec;
  beast_http::write(*socket_, request, ec);
  beast_http::response_parser<beast_http::string_body> parser;
  parser.body_limit(64 << 20);
  if (method == Verb::head) parser.skip(true);
  if (!ec) beast_http::read(*socket_, buffer_, parser, ec);
  if (ec) {
    socket_.reset();
    return Status::Io("request " + std::string(target) + " failed: " + ec.message());
  }

  auto& message = parser.get();
  ClientResponse response;
  response.status = message.result_int();
  for (const auto& field : message) {
    response.headers.emplace_back(field.name_string(), field.value());
  }
  response.body = std::move(message.body());
  response.keep_alive = message.keep_alive();
  if (!response.keep_alive) socket_.reset();
  return response;
}

Result<Client::RawReply> Client::Raw(const std::string& host, std::uint16_t port,
                                     std::string_view bytes, std::chrono::milliseconds wait) {
  asio::io_context io;
  asio::ip::tcp::socket socket(io);
  boost::system::error_code ec;
  socket.connect({asio::ip::make_address(host), port}, ec);
  if (ec) return Status::Io("cannot connect: " + ec.message());
  timeval timeout{static_cast<time_t>(wait.count() / 1000),
                  static_cast<suseconds_t>(wait.count() % 1000 * 1000)};
  setsockopt(socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  asio::write(socket, asio::buffer(bytes), ec);
  // Plain recv(2): Asio's blocking read would wait out SO_RCVTIMEO by polling again.
  RawReply reply;
  char chunk[16 * 1024];
  for (;;) {
    ssize_t n = ::recv(socket.native_handle(), chunk, sizeof chunk, 0);
    if (n > 0) {
      reply.bytes.append(chunk, static_cast<std::size_t>(n));
      continue;
    }
    reply.closed_by_server = n == 0 || errno == ECONNRESET;
    break;
  }
  return reply;
}

}  // namespace waymark::http
