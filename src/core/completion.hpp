#pragma once

#include <boost/asio/any_completion_handler.hpp>
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/execution/outstanding_work.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/prefer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <utility>

namespace waymark {

// The caller's side of an operation that a store thread finishes: the suspended
// coroutine's handler, plus a claim on its executor's work so that the caller's io_context
// keeps running while the store holds it. Move-only; complete it exactly once.
template <class T>
class Completion {
 public:
  // The executor is taken before the handler is type-erased: an any_io_executor can be
  // required never to block, so posting to it can never run the caller on a store thread.
  template <class Handler>
  explicit Completion(Handler&& handler)
      : work_(boost::asio::prefer(
            boost::asio::any_io_executor(boost::asio::get_associated_executor(handler)),
            boost::asio::execution::outstanding_work.tracked)),
        handler_(std::forward<Handler>(handler)) {}

  void operator()(T value) && {
    auto work = std::move(work_);
    boost::asio::post(work, [handler = std::move(handler_), value = std::move(value)]() mutable {
      std::move(handler)(std::move(value));
    });
  }

 private:
  boost::asio::any_io_executor work_;
  boost::asio::any_completion_handler<void(T)> handler_;
};

// Suspends the awaiting coroutine and hands `start` a Completion<T> to finish it with, from
// any thread.
template <class T, class Start>
auto SuspendUntil(Start start) {
  return boost::asio::async_initiate<const boost::asio::use_awaitable_t<>&, void(T)>(
      [](auto handler, Start start) { std::move(start)(Completion<T>(std::move(handler))); },
      boost::asio::use_awaitable, std::move(start));
}

}  // namespace waymark
