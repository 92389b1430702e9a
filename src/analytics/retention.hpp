#pragma once

#include <atomic>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <cstdint>
#include <thread>

#include "core/status.hpp"
#include "store/database.hpp"

// Raw events older than the retention (analytics.retention_days) are deleted; rollups, and
// so reports, are kept for good. The unique-user sightings that only the current day and
// month still need are pruned too. Runs on a thread of its own, once an hour; deletes in
// small batches so ingestion, which shares the store's writer, is never held up for long.
namespace waymark::analytics {

struct Swept {
  std::int64_t events = 0;
  std::int64_t sightings = 0;
};

// One pass at time `now_ms`: events received before now - days (none when days is 0),
// and sightings of days and months past any event that can still arrive.
boost::asio::awaitable<Result<Swept>> SweepOnce(store::Database& db, int retention_days,
                                                std::int64_t now_ms);

class Retention {
 public:
  static constexpr std::chrono::hours kInterval{1};

  Retention(store::Database& db, int retention_days);
  ~Retention();  // stops the thread

  Retention(const Retention&) = delete;
  Retention& operator=(const Retention&) = delete;

 private:
  boost::asio::awaitable<void> Run();

  store::Database& db_;
  const int retention_days_;
  std::atomic<bool> stopping_{false};
  boost::asio::io_context io_;
  boost::asio::steady_timer timer_{io_};
  std::thread thread_;  // last: starts once everything above exists
};

}  // namespace waymark::analytics
