#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "targeting/audience.hpp"
#include "targeting/decision.hpp"
#include "targeting/end_user.hpp"
#include "targeting/history.hpp"
#include "targeting/rate_limit.hpp"
#include "targeting/rules.hpp"

// Which of a project's live interactions one user sees now: the work of the widget's boot.
namespace waymark::targeting {

// The request the decision answers.
struct Context {
  std::int64_t now = 0;  // Unix seconds
  std::string_view url;  // the page's full URL
  // The SDK's manual `boosted:trigger {interactionId, ignoreRecurrence}`: only that
  // interaction is considered (the others are kNotForced) and the rate limit does not apply;
  // with ignore_recurrence, neither do dismissal and recurrence. Schedule, audience and
  // "where" still do: a trigger shows an interaction sooner, not to other people.
  std::optional<std::string_view> forced_id;
  bool ignore_recurrence = false;
};

struct Candidate {
  std::string_view id;
  const Rules* rules = nullptr;
  std::int64_t created_at = 0;  // Unix seconds; breaks priority ties, older first
};

// The decision on every candidate, ordered as they would be shown: priority descending, then
// older created_at, then id ascending. Each candidate gets the reason of the first check it
// fails: schedule, audience, "where", dismissal, recurrence, and last the rate limit, whose
// remaining shows (RemainingShows) go to the eligible candidates that are not exempt, in
// that order; the others become kRateLimited. Exempt candidates are never rate limited.
// Pure: a function of its arguments only; the ids of the decisions view the candidates'.
std::vector<Decision> Decide(std::span<const Candidate> candidates, const EndUser& user,
                             const History& history, const Context& context, const RateLimit& limit,
                             const SegmentMap& segments);

}  // namespace waymark::targeting
