#include "targeting/decide.hpp"

#include <algorithm>
#include <numeric>

namespace waymark::targeting {
namespace {

// Every check but the rate limit, which depends on the candidates ranked before.
Reason Judge(const Candidate& candidate, const EndUser& user, const History& history,
             const Context& context, const SegmentMap& segments) {
  const Rules& rules = *candidate.rules;
  if (context.forced_id && *context.forced_id != candidate.id) return Reason::kNotForced;
  if (Reason reason = CheckSchedule(rules.schedule, context.now); reason != Reason::kEligible) {
    return reason;
  }
  if (Reason reason = CheckAudience(rules.audience, user, context.now, segments);
      reason != Reason::kEligible) {
    return reason;
  }
  if (!MatchesAny(rules.where, context.url)) return Reason::kUrl;
  if (context.forced_id && context.ignore_recurrence) return Reason::kEligible;
  auto exposure = history.by_interaction.find(candidate.id);
  if (exposure == history.by_interaction.end()) return Reason::kEligible;
  return CheckRecurrence(rules.recurrence, exposure->second, context.now);
}

// The indexes of `candidates` in the order they are shown.
std::vector<std::size_t> Ranked(std::span<const Candidate> candidates) {
  std::vector<std::size_t> order(candidates.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Candidate& left = candidates[a];
    const Candidate& right = candidates[b];
    if (left.rules->priority != right.rules->priority) {
      return left.rules->priority > right.rules->priority;
    }
    if (left.created_at != right.created_at) return left.created_at < right.created_at;
    return left.id < right.id;
  });
  return order;
}

}  // namespace

std::vector<Decision> Decide(std::span<const Candidate> candidates, const EndUser& user,
                             const History& history, const Context& context, const RateLimit& limit,
                             const SegmentMap& segments) {
  // A manual trigger is the app asking for this interaction now: no limit holds it back.
  std::int64_t remaining =
      context.forced_id ? INT64_MAX : RemainingShows(limit, history.recent_shows, context.now);
  std::vector<Decision> decisions;
  decisions.reserve(candidates.size());
  for (std::size_t index : Ranked(candidates)) {
    const Candidate& candidate = candidates[index];
    Reason reason = Judge(candidate, user, history, context, segments);
    if (reason == Reason::kEligible && !candidate.rules->exempt) {
      if (remaining > 0) {
        --remaining;
      } else {
        reason = Reason::kRateLimited;
      }
    }
    decisions.push_back({candidate.id, reason});
  }
  return decisions;
}

}  // namespace waymark::targeting
