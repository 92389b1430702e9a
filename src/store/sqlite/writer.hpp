#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "core/completion.hpp"
#include "store/database.hpp"
#include "store/sqlite/connection.hpp"
#include "store/sqlite/write_stats.hpp"

namespace waymark::store::sqlite {

// The one thread that writes, after LevelDB's DBImpl::Write: callers queue their writes;
// the thread takes everything pending (up to max_group) as one transaction, commits it,
// and only then completes each caller with its own Status.
class Writer {
 public:
  Writer(Connection connection, std::size_t max_pending, std::size_t max_group);
  // Commits every write already queued and completes its caller, then joins the thread.
  ~Writer();

  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // Queues `fn`, or completes `done` with Unavailable at once when the queue is full or
  // the writer is closing. Thread-safe.
  void Submit(WriteFn fn, Completion<Status> done);

  StoreStats Stats() const;

 private:
  struct Group {
    std::vector<WriteFn> writes;
    std::vector<Completion<Status>> callers;
  };

  void Run();
  // Blocks until writes are queued; an empty group means the writer is closing.
  Group TakeGroup();
  void Finish(Group& group);

  const std::size_t max_pending_;
  const std::size_t max_group_;
  Connection connection_;  // used only by thread_

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::pair<WriteFn, Completion<Status>>> queue_;  // GUARDED_BY(mutex_)
  bool closing_ = false;                                      // GUARDED_BY(mutex_)
  WriteStats stats_;                                          // GUARDED_BY(mutex_)

  std::thread thread_;  // last: starts once everything above exists
};

}  // namespace waymark::store::sqlite
