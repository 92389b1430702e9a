#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <optional>

namespace waymark {

// Runs `op` to completion on a private io_context: for one-shot commands outside `serve`,
// and for tests. BLOCKING; never call it from an I/O thread.
template <class T>
T RunBlocking(boost::asio::awaitable<T> op) {
  boost::asio::io_context io;
  std::optional<T> out;
  boost::asio::co_spawn(
      io, [&]() -> boost::asio::awaitable<void> { out.emplace(co_await std::move(op)); },
      boost::asio::detached);
  io.run();
  return std::move(*out);
}

}  // namespace waymark
