#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/status.hpp"
#include "http/request.hpp"

namespace waymark::http {

struct ClientResponse {
  unsigned status = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  bool keep_alive = false;

  // The first header of this name (case-insensitive), or "".
  std::string Header(std::string_view name) const;
};

// A small blocking HTTP/1.1 client over one keep-alive connection, reconnecting when the
// server closed it. The one client the tests and tools use to speak to a server.
class Client {
 public:
  using Headers = std::vector<std::pair<std::string, std::string>>;

  Client(std::string host, std::uint16_t port);

  Result<ClientResponse> Send(Verb method, std::string_view target, std::string body = {},
                              const Headers& headers = {});
  Result<ClientResponse> Get(std::string_view target, const Headers& headers = {}) {
    return Send(Verb::get, target, {}, headers);
  }

  struct RawReply {
    std::string bytes;              // everything the server sent
    bool closed_by_server = false;  // false: the wait ran out with the connection open
  };

  // Writes `bytes` as they are on a new connection and returns everything the server sends
  // back until it closes the connection or `wait` passes. For protocol-level tests.
  static Result<RawReply> Raw(const std::string& host, std::uint16_t port, std::string_view bytes,
                              std::chrono::milliseconds wait);

 private:
  Status Connect();

  std::string host_;
  std::uint16_t port_;
  boost::asio::io_context io_;
  std::optional<boost::asio::ip::tcp::socket> socket_;
  boost::beast::flat_buffer buffer_;
};

}  // namespace waymark::http
