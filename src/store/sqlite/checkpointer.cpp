#include "store/sqlite/checkpointer.hpp"

#include <spdlog/spdlog.h>

#include "core/thread_name.hpp"

namespace waymark::store::sqlite {

Checkpointer::Checkpointer(Connection connection, std::chrono::milliseconds interval)
    : connection_(std::move(connection)), interval_(interval), thread_([this] {
        NameThisThread("wm-checkpoint");
        Run();
      }) {}

Checkpointer::~Checkpointer() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void Checkpointer::Run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    const bool closing = wake_.wait_for(lock, interval_, [this] { return closing_; });
    lock.unlock();
    if (Status s = connection_.Checkpoint(); !s.ok()) {
      spdlog::warn("store.checkpoint_failed error=\"{}\"", s.message());
    }
    lock.lock();
    if (closing) return;
  }
}

}  // namespace waymark::store::sqlite
