#pragma once

#include <cstdint>
#include <optional>
#include <string>

// The answer to "has the SDK been seen on the site?": when the widget last booted for a
// project from a page of an allowed origin, and that origin. Boots are the hot path, so a
// sighting is kept in memory and written to the project's row at most once a save interval.
namespace waymark::widget {

inline constexpr std::int64_t kSightingSaveInterval = 60;  // seconds

struct Sighting {
  std::int64_t at = 0;  // Unix seconds
  std::string origin;   // the page's Origin header, as the browser sent it
};

// Whether a sighting at `now` is to be written, given when this process last wrote one of
// the project (nullopt: never). The first sighting is written at once, so a maker who
// opens their site sees the answer without waiting; a clock set back does not silence the
// project until it catches up.
bool SightingDue(std::optional<std::int64_t> last_saved_at, std::int64_t now,
                 std::int64_t interval = kSightingSaveInterval);

}  // namespace waymark::widget
