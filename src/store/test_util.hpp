#pragma once

#include <sys/resource.h>

#include <array>
#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <thread>

#include "core/run_blocking.hpp"
#include "store/database.hpp"
#include "store/sqlite.hpp"

// Helpers shared by the store's tests (header-only so it stays out of the library).
namespace waymark::store::testkit {

// A scratch directory, removed with everything in it when the test ends.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "waymark-store-XXXXXX");
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Runs `op` to completion on a private io_context, as a blocking call.
template <class T>
T Await(boost::asio::awaitable<T> op) {
  return RunBlocking(std::move(op));
}

// An io_context running on its own thread, for tests that start operations, do something
// else, and only then wait for them.
class IoThread {
 public:
  IoThread() : thread_([this] { io_.run(); }) {}
  ~IoThread() {
    work_.reset();
    thread_.join();
  }

  template <class T>
  std::future<T> Start(boost::asio::awaitable<T> op) {
    auto promise = std::make_shared<std::promise<T>>();
    auto future = promise->get_future();
    boost::asio::co_spawn(
        io_,
        [op = std::move(op), promise]() mutable -> boost::asio::awaitable<void> {
          promise->set_value(co_await std::move(op));
        },
        boost::asio::detached);
    return future;
  }

 private:
  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_{
      io_.get_executor()};
  std::thread thread_;
};

// A write that holds the writer thread until opened, so a test can line up a group
// behind it without relying on timing.
class Gate {
 public:
  WriteFn Fn() {
    return [this](Transaction&) {
      entered_ = true;
      entered_.notify_all();
      open_.wait(false);
      return Status::Ok();
    };
  }
  void WaitEntered() { entered_.wait(false); }
  void Open() {
    open_ = true;
    open_.notify_all();
  }

 private:
  std::atomic<bool> entered_{false};
  std::atomic<bool> open_{false};
};

inline WriteFn Insert(std::string key) {
  return [key = std::move(key)](Transaction& tx) {
    const std::array<Value, 1> params{key};
    return tx.Execute("INSERT INTO kv (k) VALUES (?)", params).status();
  };
}

inline WriteFn CreateKvTable() {
  return [](Transaction& tx) { return tx.ExecuteScript("CREATE TABLE kv (k TEXT PRIMARY KEY)"); };
}

inline void WaitForQueueDepth(const Database& db, std::uint64_t depth) {
  while (db.Stats().write_queue_depth < depth) std::this_thread::yield();
}

inline std::int64_t CountKv(Database& db) {
  auto rows = Await(db.Query("SELECT COUNT(*) FROM kv"));
  return rows.ok() ? std::get<std::int64_t>(rows->rows.at(0).at(0)) : -1;
}

// Files this process writes may not grow past `bytes` while it lives: writing further fails
// with EFBIG, the kernel's own refusal, as a full disk's would be.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) : old_signal_(std::signal(SIGXFSZ, SIG_IGN)) {
    ::getrlimit(RLIMIT_FSIZE, &old_);
    const rlimit limit{bytes, old_.rlim_max};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
      throw std::system_error(errno, std::generic_category(), "setrlimit(RLIMIT_FSIZE)");
    }
  }
  ~FileSizeLimit() {
    ::setrlimit(RLIMIT_FSIZE, &old_);
    std::signal(SIGXFSZ, old_signal_);
  }

 private:
  void (*old_signal_)(int);
  rlimit old_{};
};

}  // namespace waymark::store::testkit
