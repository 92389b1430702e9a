#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "core/completion.hpp"
#include "store/database.hpp"
#include "store/sqlite/connection.hpp"
#include "store/value.hpp"

namespace waymark::store::sqlite {

// Threads that each own one read-only connection and take jobs from a shared queue. WAL
// lets them read while the writer commits; each sees the last commit before it started.
class ReaderPool {
 public:
  // One statement.
  struct QueryJob {
    std::string sql;
    std::vector<Value> params;
    Completion<Result<Rows>> done;
  };
  // A function of several reads in one snapshot (Database::TryRead).
  struct ReadJob {
    WriteFn fn;
    Completion<Result<bool>> done;
  };
  using Job = std::variant<QueryJob, ReadJob>;

  explicit ReaderPool(std::vector<Connection> connections);
  // Runs every job already queued, then joins the threads.
  ~ReaderPool();

  ReaderPool(const ReaderPool&) = delete;
  ReaderPool& operator=(const ReaderPool&) = delete;

  // Thread-safe.
  void Submit(Job job);

 private:
  void Run(Connection& connection);
  static void Execute(Connection& connection, QueryJob job);
  static void Execute(Connection& connection, ReadJob job);

  std::vector<Connection> connections_;  // connections_[i] used only by threads_[i]

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Job> queue_;  // GUARDED_BY(mutex_)
  bool closing_ = false;   // GUARDED_BY(mutex_)

  std::vector<std::thread> threads_;
};

}  // namespace waymark::store::sqlite
