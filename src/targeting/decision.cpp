#include "targeting/decision.hpp"

namespace waymark::targeting {

std::string_view ReasonName(Reason reason) {
  switch (reason) {
    case Reason::kEligible:
      return "eligible";
    case Reason::kNotStarted:
      return "not_started";
    case Reason::kEnded:
      return "ended";
    case Reason::kAudience:
      return "audience";
    case Reason::kSegmentMissing:
      return "segment_missing";
    case Reason::kUrl:
      return "url";
    case Reason::kDismissed:
      return "dismissed";
    case Reason::kAlreadyShown:
      return "already_shown";
    case Reason::kTooSoon:
      return "too_soon";
    case Reason::kRateLimited:
      return "rate_limited";
    case Reason::kNotForced:
      return "not_forced";
  }
  return "unknown";
}

}  // namespace waymark::targeting
