#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/event.hpp"
#include "analytics/seen_users.hpp"
#include "store/value.hpp"

// A batch of events worked out before its write: the rows to insert, the rollup rows each
// event counts in, and the hashed keys of its unique-user sightings. Made on the I/O thread
// that received the request, so that the store's single writer thread, which every
// ingesting request waits for, does only what must be done in order.
namespace waymark::analytics {

// One rollup row the batch touches: a day's (subject, metric), or, with `month` set, the
// month's active users.
struct RollupSlot {
  std::int64_t day = 0;
  std::int64_t month = 0;  // yyyymm for a monthly-active-users slot, else 0
  std::string period;      // event_rollup_users.period
  std::string subject;
  std::string metric;
  std::uint64_t seed = 0;  // SeenUsers::RowSeed of the row
};

struct Sighting {
  SeenUsers::Key key;  // (project, period, subject, metric, user)
  std::size_t slot;    // in PreparedBatch::slots
};

// The rollup rows an event counts in: (subject, metric) for the project and, when it has
// one, the event's subject; the day's active users; the month's.
struct PreparedEvent {
  std::array<Sighting, 4> sightings;
  std::size_t sighting_count = 0;

  std::span<const Sighting> Sightings() const { return {sightings.data(), sighting_count}; }
};

// The columns of an events row, in the order PreparedBatch::rows holds their values.
inline constexpr std::string_view kEventColumns =
    "project_id, event_id, type, name, user_key, interaction_id, post_id, ts, received_at, props";
inline constexpr std::size_t kEventColumnCount = 10;

struct PreparedBatch {
  std::string project_id;
  // The events INSERT's parameters, kEventColumnCount an event, one event after the other,
  // so that consecutive events bind to one statement of several rows.
  std::vector<store::Value> rows;
  std::vector<PreparedEvent> events;  // in the order of the events given
  std::vector<RollupSlot> slots;

  std::span<const store::Value> Rows(std::size_t first, std::size_t count) const {
    return std::span(rows).subspan(first * kEventColumnCount, count * kEventColumnCount);
  }
};

PreparedBatch PrepareBatch(std::string project_id, std::span<const Event> events);

}  // namespace waymark::analytics
