#include "store/sqlite/reader_pool.hpp"

#include <utility>

#include "core/thread_name.hpp"
#include "store/sqlite/invoke.hpp"
#include "store/sqlite/read_transaction.hpp"

namespace waymark::store::sqlite {

ReaderPool::ReaderPool(std::vector<Connection> connections) : connections_(std::move(connections)) {
  threads_.reserve(connections_.size());
  for (Connection& connection : connections_) {
    threads_.emplace_back([this, &connection] {
      NameThisThread("wm-sql-reader");
      Run(connection);
    });
  }
}

ReaderPool::~ReaderPool() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  wake_.notify_all();
  for (std::thread& thread : threads_) thread.join();
}

void ReaderPool::Submit(Job job) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(job));
  }
  wake_.notify_one();
}

void ReaderPool::Run(Connection& connection) {
  for (;;) {
    std::unique_lock lock(mutex_);
    wake_.wait(lock, [this] { return closing_ || !queue_.empty(); });
    if (queue_.empty()) return;  // closing, and every queued job has run
    Job job = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    std::visit([&connection](auto& one) { Execute(connection, std::move(one)); }, job);
  }
}

void ReaderPool::Execute(Connection& connection, QueryJob job) {
  std::move(job.done)(connection.Query(job.sql, job.params));
}

void ReaderPool::Execute(Connection& connection, ReadJob job) {
  // One snapshot for all the function's reads: it starts at the first.
  if (auto begun = connection.Run("BEGIN", {}, nullptr); !begun.ok()) {
    std::move(job.done)(begun.status());
    return;
  }
  ReadTransaction tx(connection);
  Status status = Invoke(job.fn, tx);
  if (connection.InTransaction()) connection.Run("ROLLBACK", {}, nullptr);  // nothing to keep
  if (tx.wanted_write()) {
    std::move(job.done)(false);
  } else if (!status.ok()) {
    std::move(job.done)(std::move(status));
  } else {
    std::move(job.done)(true);
  }
}

}  // namespace waymark::store::sqlite
