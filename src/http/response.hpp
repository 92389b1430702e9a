#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/beast/http/status.hpp>
#include <functional>
#include <string>
#include <string_view>

#include "core/status.hpp"

namespace waymark::http {

using StatusCode = boost::beast::http::status;

// A body made piece by piece while it is sent (chunked transfer coding), for answers too
// large to hold at once, such as exports. Each call answers the next piece; an empty piece
// ends the body. A failure cuts the connection, so the client sees a truncated body rather
// than a complete-looking one.
using BodyStream = std::function<boost::asio::awaitable<Result<std::string>>()>;

// What a handler answers. Headers are kept as one pre-rendered block so that building a
// response costs at most one allocation beyond its body.
class Response {
 public:
  Response() = default;
  Response(StatusCode status, std::string_view content_type, std::string body)
      : status(status), content_type(content_type), body_(std::move(body)) {}

  static Response Json(std::string body, StatusCode status = StatusCode::ok) {
    return {status, "application/json", std::move(body)};
  }
  static Response Text(std::string body, StatusCode status = StatusCode::ok) {
    return {status, "text/plain; charset=utf-8", std::move(body)};
  }
  static Response Empty(StatusCode status = StatusCode::no_content) { return {status, {}, {}}; }

  // REQUIRES: name and value hold no CR or LF; each header is set at most once.
  void SetHeader(std::string_view name, std::string_view value);
  const std::string& headers() const { return headers_; }
  // Whether SetHeader(name, ...) was called, with the name spelled the same way.
  bool HasHeader(std::string_view name) const;

  // A body owned elsewhere that outlives the response, such as a preloaded asset.
  void SetStaticBody(std::string_view body) {
    static_body_ = body;
    body_.clear();
    has_static_body_ = true;
  }
  void SetBody(std::string body) {
    body_ = std::move(body);
    has_static_body_ = false;
  }
  std::string_view body() const { return has_static_body_ ? static_body_ : body_; }

  // Replaces the body with one sent as `stream` makes it.
  void SetStream(BodyStream stream) {
    stream_ = std::move(stream);
    body_.clear();
    has_static_body_ = false;
  }
  const BodyStream& stream() const { return stream_; }

  StatusCode status = StatusCode::ok;
  std::string_view content_type;  // a literal or a string that outlives the response
  bool close = false;             // answer with Connection: close

 private:
  std::string body_;
  std::string headers_;
  std::string_view static_body_;
  bool has_static_body_ = false;
  BodyStream stream_;
};

}  // namespace waymark::http
