#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <functional>
#include <thread>

namespace waymark::app {

// Turns SIGTERM and SIGINT into a graceful shutdown and SIGHUP into reopening the logs,
// on a thread of its own so that no I/O thread ever runs signal work. Once it is gone,
// SIGTERM and SIGINT are ignored until the process exits: it is closing its stores.
class SignalWatcher {
 public:
  SignalWatcher(std::function<void()> on_stop, std::function<void()> on_reopen);
  ~SignalWatcher();

  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;

 private:
  void AwaitReopen();

  boost::asio::io_context io_;
  boost::asio::signal_set stop_signals_{io_, SIGTERM, SIGINT};
  boost::asio::signal_set reopen_signal_{io_, SIGHUP};
  std::function<void()> on_stop_;
  std::function<void()> on_reopen_;
  std::thread thread_;  // last: starts once everything above exists
};

}  // namespace waymark::app
