#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <string_view>

#include "targeting/string_map.hpp"

namespace waymark::targeting {

// Custom event name -> how many times the user did it.
using EventCounts = StringMap<std::int64_t>;

// What the server knows of one end-user of a project: all that conditions look at. It
// borrows everything, so building one per request costs nothing.
struct EndUser {
  const boost::json::object* attributes = nullptr;  // null: none
  std::string_view language;                        // "fr-CA"; empty: unknown
  std::int64_t first_seen = 0;                      // Unix seconds
  std::int64_t session_count = 0;
  const EventCounts* event_counts = nullptr;  // null: no custom event yet
};

}  // namespace waymark::targeting
