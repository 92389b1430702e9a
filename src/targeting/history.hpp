#pragma once

#include <cstdint>
#include <vector>

#include "targeting/string_map.hpp"

namespace waymark::targeting {

// A user's past with one interaction.
struct Exposure {
  std::int64_t times_shown = 0;
  std::int64_t last_shown = 0;  // Unix seconds; meaningful when times_shown > 0
  bool dismissed = false;
};

// A user's past with the interactions of one project.
struct History {
  StringMap<Exposure> by_interaction;  // by interaction id; absent: never shown
  // When interactions that count toward the rate limit (not exempt) were shown, in any
  // order; only those within the rate-limit window matter.
  std::vector<std::int64_t> recent_shows;
};

}  // namespace waymark::targeting
