#include "app/signals.hpp"

#include <spdlog/spdlog.h>

#include "core/thread_name.hpp"

namespace waymark::app {
namespace {

// Keeps SIGTERM and SIGINT caught, to no effect, for the rest of the process's life. Once
// the watcher is gone the server is closing its stores, and a late stop signal's default
// action would end the process half-way (exit status 143); Boost restores that default
// only when the last set catching a signal goes, and this one never does, by design.
void CatchStopSignalsUntilExit() {
  static auto* const io = new boost::asio::io_context;
  [[maybe_unused]] static auto* const caught = new boost::asio::signal_set(*io, SIGTERM, SIGINT);
}

}  // namespace

SignalWatcher::SignalWatcher(std::function<void()> on_stop, std::function<void()> on_reopen)
    : on_stop_(std::move(on_stop)), on_reopen_(std::move(on_reopen)) {
  CatchStopSignalsUntilExit();
  stop_signals_.async_wait([this](boost::system::error_code ec, int signal) {
    if (ec) return;
    spdlog::info("serve.stopping signal={}", signal);
    on_stop_();
  });
  AwaitReopen();
  thread_ = std::thread([this] {
    NameThisThread("wm-signals");
    io_.run();
  });
}

SignalWatcher::~SignalWatcher() {
  io_.stop();
  thread_.join();
}

void SignalWatcher::AwaitReopen() {
  reopen_signal_.async_wait([this](boost::system::error_code ec, int) {
    if (ec) return;
    spdlog::info("serve.reopening_logs");
    on_reopen_();
    AwaitReopen();
  });
}

}  // namespace waymark::app
