// Test-only helpers: a request as the connection would hand it to the router and the chain,
// and a way to run a coroutine to completion.
#pragma once

#include <gtest/gtest.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <exception>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "http/middleware.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace waymark::http::test {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

// A request message plus the Request view of it. Not movable: the view points into it.
struct TestRequest {
  TestRequest(Verb method, std::string target, const HeaderList& headers = {})
      : message(method, target, 11) {
    message.set(Field::host, "test");
    for (const auto& [name, value] : headers) message.set(name, value);
    request.message = &message;
    std::string_view whole = message.target();
    std::size_t question = whole.find('?');
    request.path = whole.substr(0, question);
    if (question != std::string_view::npos) request.query = whole.substr(question + 1);
  }
  TestRequest(const TestRequest&) = delete;
  TestRequest& operator=(const TestRequest&) = delete;

  Message message;
  Request request;
};

// Every value of header `name` in a response's rendered header block, in order.
inline std::vector<std::string> HeaderValues(const Response& response, std::string_view name) {
  std::vector<std::string> values;
  std::string_view block = response.headers();
  while (!block.empty()) {
    std::size_t eol = block.find("\r\n");
    std::string_view line = block.substr(0, eol);
    block = eol == std::string_view::npos ? std::string_view() : block.substr(eol + 2);
    std::size_t colon = line.find(": ");
    if (colon != std::string_view::npos && line.substr(0, colon) == name) {
      values.emplace_back(line.substr(colon + 2));
    }
  }
  return values;
}

// The first value of header `name`, or "" when the response has none.
inline std::string HeaderOf(const Response& response, std::string_view name) {
  std::vector<std::string> values = HeaderValues(response, name);
  return values.empty() ? std::string() : values.front();
}

// Runs `op` to completion on a private io_context; rethrows what it threw.
inline void Await(boost::asio::awaitable<void> op) {
  boost::asio::io_context io;
  std::exception_ptr failure;
  boost::asio::co_spawn(io, std::move(op), [&](std::exception_ptr e) { failure = e; });
  io.run();
  if (failure) std::rethrow_exception(failure);
}

// Runs `op` to completion and returns what it produced, such as a handler's response.
template <class T>
T Await(boost::asio::awaitable<T> op) {
  std::optional<T> out;
  Await(
      [](boost::asio::awaitable<T> inner, std::optional<T>& slot) -> boost::asio::awaitable<void> {
        slot.emplace(co_await std::move(inner));
      }(std::move(op), out));
  return std::move(*out);
}

// The whole body of an answer, a streamed one included (the stream drained to its end).
inline std::string DrainedBody(const Response& response) {
  std::string body(response.body());
  if (!response.stream()) return body;
  for (;;) {
    auto piece = Await(response.stream()());
    if (!piece.ok()) ADD_FAILURE() << "the stream failed: " << piece.status().message();
    if (!piece.ok() || piece->empty()) return body;
    body += *piece;
  }
}

// Runs `exchange` through `pipeline`, as the connection does once a request is read.
inline void RunPipeline(const Pipeline& pipeline, Exchange& exchange) {
  Await(pipeline.Run(exchange));
}

}  // namespace waymark::http::test
