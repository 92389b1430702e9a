#pragma once

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <cstdint>
#include <optional>
#include <thread>

#include "content/snapshots.hpp"
#include "store/database.hpp"

namespace waymark::content {

// Makes scheduled content happen on time, whether or not anyone asks: at a scheduled
// post's time it is published (in the store, so every node and the API agree), and when a
// loaded snapshot's interaction starts or ends that snapshot is rebuilt. Runs on a thread
// of its own; sleeps until the next thing due, or at most kMaxSleep, so that posts
// scheduled through another node are not missed for long.
class Scheduler {
 public:
  static constexpr std::chrono::seconds kMaxSleep{60};

  Scheduler(store::Database& db, Snapshots& snapshots);
  ~Scheduler();  // stops the thread

  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Something changed: look again for the next thing due. Safe from any thread.
  void Poke();
  // How many scheduled posts it has published (for metrics and tests).
  std::uint64_t published() const { return published_.load(); }

 private:
  boost::asio::awaitable<void> Run();
  boost::asio::awaitable<void> PublishDuePosts(std::int64_t now);
  boost::asio::awaitable<void> RebuildPastBoundaries(std::int64_t now);
  boost::asio::awaitable<std::optional<std::int64_t>> NextDue();

  store::Database& db_;
  Snapshots& snapshots_;
  std::atomic<std::uint64_t> published_{0};
  std::atomic<bool> stopping_{false};
  std::atomic<bool> poked_{false};
  boost::asio::io_context io_;
  boost::asio::steady_timer timer_{io_};
  std::thread thread_;  // last: starts once everything above exists
};

}  // namespace waymark::content
