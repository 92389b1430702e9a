#pragma once

#include <atomic>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <thread>

#include "analytics/backlog.hpp"
#include "analytics/seen_users.hpp"
#include "core/status.hpp"
#include "store/database.hpp"
#include "store/journal.hpp"

// Stores the analytics journal's events in the database, in order, behind the requests
// that acknowledged them. Each turn reads the durable records after the last one stored
// and makes their rows ready on the applier's own thread; then, in one write, it stores
// the events (rows, rollups, targeting counts, webhook deliveries, profiles:
// event_store.hpp) and sets analytics_journal.applied to the last record's sequence, so
// that a record is stored exactly once whatever the crashes. A turn is small
// (kTurnBytes), so the other writes queued behind it wait little. While the writer stores
// one turn, the next is made ready. The journal's segments before it are then deleted.
// Runs on a thread of its own.
namespace waymark::analytics {

struct TurnWork;  // turn_work.hpp

// analytics_journal.applied: the last record stored.
boost::asio::awaitable<Result<std::uint64_t>> LoadApplied(store::Database& db);

class JournalApplier {
 public:
  // About this many bytes of records a turn (one record at the least): some 1,400 events
  // of the SDK's, a few milliseconds of the writer.
  static constexpr std::size_t kTurnBytes = 128 << 10;

  // Applies the records after `applied`, counting what it stores out of `backlog`.
  JournalApplier(store::Database& db, store::Journal& journal, std::uint64_t applied,
                 Backlog& backlog);
  // Finishes the turn under way and stops; what is left is applied after the next start.
  ~JournalApplier();

  JournalApplier(const JournalApplier&) = delete;
  JournalApplier& operator=(const JournalApplier&) = delete;

  // Records became durable: start a turn. Thread-safe.
  void Wake();

  std::uint64_t applied() const { return applied_.load(std::memory_order_acquire); }

 private:
  boost::asio::awaitable<void> Run();
  // One turn over about `max_bytes` of records, or over the turn made ready ahead.
  boost::asio::awaitable<Status> Turn(std::size_t max_bytes);
  // Runs the write that stores `work`; answers once it is done, having made the next turn
  // ready meanwhile when `read_ahead`.
  boost::asio::awaitable<Status> Store(const TurnWork& work, bool read_ahead);
  // Passes over the next record, which failed to be stored again and again.
  boost::asio::awaitable<Status> Skip(const Status& why);
  // Waits on `timer` for `time`, or until it is cancelled.
  static boost::asio::awaitable<void> Sleep(boost::asio::steady_timer& timer,
                                            std::chrono::milliseconds time);

  store::Database& db_;
  store::Journal& journal_;
  std::atomic<std::uint64_t> applied_;
  Backlog& backlog_;
  SeenUsers seen_;  // used on the store's writer thread only
  std::atomic<bool> stopping_{false};
  boost::asio::io_context io_;
  boost::asio::steady_timer idle_{io_};    // Wake cuts it short
  boost::asio::steady_timer pause_{io_};   // after a failure; only stopping cuts it short
  boost::asio::steady_timer stored_{io_};  // the write of a turn cuts it short
  std::unique_ptr<TurnWork> ahead_;        // the next turn, made ready during a write
  std::uint64_t narrow_through_ = 0;       // the last record of the last failed turn
  std::thread thread_;                     // last: starts once everything above exists
};

}  // namespace waymark::analytics
