#pragma once

#include <atomic>
#include <boost/asio/awaitable.hpp>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "analytics/event.hpp"
#include "analytics/seen_users.hpp"
#include "analytics/segment_messages.hpp"
#include "core/status.hpp"
#include "store/database.hpp"

// Ingestion: events join the store's group commit (one fsync for every request waiting),
// and a request is answered only once its events are durable. The events waiting at once
// are bounded: past the bound a request is refused with Unavailable (503 and Retry-After)
// instead of queueing without limit.
namespace waymark::analytics {

class Ingestor {
 public:
  Ingestor(store::Database& db, std::size_t max_pending_events)
      : db_(db), max_pending_(max_pending_events) {}

  // Saves `events` of the project, and applies `profiles` whose event is new. Answers, per
  // event, whether it was new (false: stored before under its id); Unavailable when too
  // many events wait already. REQUIRES: `events` outlive the call (the caller's frame).
  boost::asio::awaitable<Result<std::vector<bool>>> Save(std::string project_id,
                                                         std::span<const Event> events,
                                                         std::vector<ProfileUpdate> profiles = {});

  std::size_t pending() const { return pending_.load(std::memory_order_relaxed); }

 private:
  store::Database& db_;
  const std::size_t max_pending_;
  std::atomic<std::size_t> pending_{0};
  SeenUsers seen_;  // used on the store's writer thread only
};

}  // namespace waymark::analytics
