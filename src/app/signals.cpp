#include "app/signals.hpp"

#include <spdlog/spdlog.h>

#include "core/thread_name.hpp"

namespace waymark::app {

SignalWatcher::SignalWatcher(std::function<void()> on_stop, std::function<void()> on_reopen)
    : on_stop_(std::move(on_stop)), on_reopen_(std::move(on_reopen)) {
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
