#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "store/sqlite/connection.hpp"

namespace waymark::store::sqlite {

// Copies committed pages from the WAL into the database file on a thread of its own, a
// passive checkpoint every `interval`, so that the writer thread, which every write waits
// for, never stops to do it. The writer still checkpoints by itself if the WAL outgrows
// its safety bound (Connection::Configure).
class Checkpointer {
 public:
  Checkpointer(Connection connection, std::chrono::milliseconds interval);
  ~Checkpointer();  // stops the thread (a last checkpoint first)

  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

 private:
  void Run();

  Connection connection_;  // used only by thread_
  const std::chrono::milliseconds interval_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool closing_ = false;  // GUARDED_BY(mutex_)
  std::thread thread_;    // last: starts once everything above exists
};

}  // namespace waymark::store::sqlite
