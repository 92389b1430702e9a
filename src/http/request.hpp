#pragma once

#include <array>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace waymark::http {

namespace beast_http = boost::beast::http;
using Verb = beast_http::verb;
using Field = beast_http::field;
using Message = beast_http::request<beast_http::string_body>;

// Path parameters captured by the router, still percent-encoded.
class PathParams {
 public:
  static constexpr std::size_t kMax = 6;

  bool Add(std::string_view name, std::string_view value) {
    if (size_ == kMax) return false;
    items_[size_++] = {name, value};
    return true;
  }
  std::optional<std::string_view> Encoded(std::string_view name) const {
    for (std::size_t i = 0; i < size_; ++i) {
      if (items_[i].first == name) return items_[i].second;
    }
    return std::nullopt;
  }
  void Clear() { size_ = 0; }

 private:
  std::array<std::pair<std::string_view, std::string_view>, kMax> items_{};
  std::size_t size_ = 0;
};

// A request as handlers see it. The message itself belongs to the connection's parser and
// lives until the response has been written.
struct Request {
  Message* message = nullptr;
  std::string_view path;   // percent-encoded, a view into message.target()
  std::string_view query;  // without '?'
  PathParams params;
  std::string_view peer_address;  // the TCP peer, as text
  std::string_view request_id;

  Verb method() const { return message->method(); }
  const std::string& body() const { return message->body(); }
  std::string_view Header(Field field) const;
  std::string_view Header(std::string_view name) const;
  // The decoded value of a path parameter; nullopt when absent or badly encoded.
  std::optional<std::string> Param(std::string_view name) const;
  // The decoded value of the first query parameter `name` ("a+b" is "a b"); nullopt when
  // absent or when the query is malformed.
  std::optional<std::string> QueryParam(std::string_view name) const;
};

}  // namespace waymark::http
