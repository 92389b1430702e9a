#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <optional>
#include <string_view>
#include <type_traits>

#include "core/thread_name.hpp"

namespace waymark {

// Runs a blocking call (argon2id, an SMTP exchange) on `pool`, whose threads take
// `thread_name` (core/thread_name.hpp), and resumes the awaiting coroutine on its own
// executor with the result, so I/O threads never block on it. The coroutine hops to a pool
// thread and back; nothing else touches it meanwhile.
//
// g++ 12 destroys a lambda's init-captures twice when the lambda is a temporary argument
// of a coroutine call inside co_await. Name the lambda first and move it in:
//   auto work = [text = std::move(text)] { return Hash(text); };
//   co_await Offload(pool, "wm-passwords", std::move(work));
template <class Fn>
boost::asio::awaitable<std::invoke_result_t<Fn>> Offload(boost::asio::thread_pool& pool,
                                                         std::string_view thread_name, Fn fn) {
  boost::asio::any_io_executor home = co_await boost::asio::this_coro::executor;
  co_await boost::asio::post(boost::asio::bind_executor(pool, boost::asio::use_awaitable));
  NameThisThread(thread_name);
  std::optional<std::invoke_result_t<Fn>> result;
  result.emplace(fn());
  co_await boost::asio::post(boost::asio::bind_executor(home, boost::asio::use_awaitable));
  co_return std::move(*result);
}

}  // namespace waymark
