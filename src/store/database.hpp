#pragma once

#include <boost/asio/awaitable.hpp>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"
#include "store/store_stats.hpp"
#include "store/value.hpp"

// The storage interface every backend (SQLite now, PostgreSQL later) implements. SQL is
// written once for both: portable statements with `?` positional placeholders.
namespace waymark::store {

// The handle a write function uses to change the database. Valid only during the call of
// the WriteFn it was passed to, on the store's writer thread; do not keep it.
class Transaction {
 public:
  virtual ~Transaction() = default;

  // Runs one statement; returns the number of rows it changed.
  virtual Result<std::int64_t> Execute(std::string_view sql,
                                       std::span<const Value> params = {}) = 0;
  // Runs one statement and returns every row it produced.
  virtual Result<Rows> Query(std::string_view sql, std::span<const Value> params = {}) = 0;
  // Runs several `;`-separated statements without parameters (migrations).
  virtual Status ExecuteScript(std::string_view sql) = 0;
  // Runs `fn` on the writer thread once this write has committed, before the next group
  // starts; never if the write is undone. For in-memory state that must mirror the store.
  virtual void AfterCommit(std::function<void()> fn) = 0;
};

// One unit of work committed atomically: a non-ok Status (or a failed statement the
// function reports) undoes this function's changes and nothing else's.
using WriteFn = std::function<Status(Transaction&)>;

// Every operation is awaited from an Asio coroutine: the coroutine suspends, a store thread
// does the work, and the completion is posted back to the coroutine's executor. The
// database must outlive the coroutines awaiting it.
class Database {
 public:
  virtual ~Database() = default;

  // Runs a read on the reader pool; sees every write whose Write has completed.
  virtual boost::asio::awaitable<Result<Rows>> Query(std::string sql,
                                                     std::vector<Value> params = {}) = 0;

  // Queues `fn` for the writer, which commits it together with the writes queued beside it.
  // Resumes after the commit is durable, with fn's own Status, or Unavailable at once when
  // the write queue is full (the caller answers 503) or the database is closing.
  virtual boost::asio::awaitable<Status> Write(WriteFn fn) = 0;

  // Runs `fn` on the reader pool, in one snapshot, with a Transaction that refuses to change
  // anything (AfterCommit included). True: it ran so, and returned Ok. False: it tried to
  // change something, and nothing it did took effect. Else fn's own failure.
  virtual boost::asio::awaitable<Result<bool>> TryRead(WriteFn fn) = 0;

  // Runs `fn` on a reader and, only when it turns out to change something, again as a Write:
  // work that usually only reads then never waits behind the writes queued for the writer.
  // `fn` must be safe to run twice (what it does outside the store is redone).
  boost::asio::awaitable<Status> ReadOrWrite(WriteFn fn) {
    Result<bool> read = co_await TryRead(fn);
    if (!read.ok()) co_return read.status();
    if (*read) co_return Status::Ok();
    co_return co_await Write(std::move(fn));
  }

  // Whether the store answers at all (for /readyz).
  virtual boost::asio::awaitable<Status> Ping() = 0;

  virtual StoreStats Stats() const = 0;
};

}  // namespace waymark::store
