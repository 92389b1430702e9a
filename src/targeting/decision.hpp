#pragma once

#include <cstdint>
#include <string_view>

namespace waymark::targeting {

// Why an interaction is or is not shown to a user now; the first check that fails names it.
enum class Reason : std::uint8_t {
  kEligible,
  kNotStarted,      // the schedule starts later
  kEnded,           // the schedule has ended
  kAudience,        // the user is not in the audience
  kSegmentMissing,  // every segment the audience names is gone
  kUrl,             // the page is not one of the "where" rules
  kDismissed,       // the user dismissed it
  kAlreadyShown,    // once and shown, or custom and shown maxTimes
  kTooSoon,         // custom, and shown less than minDaysApart ago
  kRateLimited,     // eligible, but the user saw enough interactions lately
  kNotForced,       // a manual trigger asked for another interaction
};

// "eligible", "not_started", "ended", "audience", "segment_missing", "url", "dismissed",
// "already_shown", "too_soon", "rate_limited", "not_forced".
std::string_view ReasonName(Reason reason);

// The verdict on one interaction; `id` views the candidate's id.
struct Decision {
  std::string_view id;
  Reason reason = Reason::kEligible;

  bool eligible() const { return reason == Reason::kEligible; }
  bool operator==(const Decision&) const = default;
};

}  // namespace waymark::targeting
