#include "widget/eligibility.hpp"

#include "targeting/decide.hpp"

namespace waymark::widget {

std::vector<const content::LiveInteraction*> EligibleInteractions(
    const content::Snapshot& snapshot, const Visitor& visitor, std::string_view url,
    const std::optional<Trigger>& trigger, std::int64_t now) {
  std::vector<targeting::Candidate> candidates;
  candidates.reserve(snapshot.interactions.size());
  targeting::StringMap<const content::LiveInteraction*> by_id;
  for (const content::LiveInteraction& interaction : snapshot.interactions) {
    candidates.push_back({interaction.id, &interaction.rules, interaction.created_at});
    by_id.emplace(interaction.id, &interaction);
  }
  const targeting::EndUser user{&visitor.user.attributes, visitor.user.language,
                                visitor.user.first_seen, visitor.user.session_count,
                                &visitor.events};
  targeting::Context context{now, url, std::nullopt, false};
  if (trigger) {
    context.forced_id = trigger->interaction_id;
    context.ignore_recurrence = trigger->ignore_recurrence;
  }
  const targeting::RateLimit limit{snapshot.project.rate_limit_shows,
                                   snapshot.project.rate_limit_window_s};
  const auto decisions = targeting::Decide(candidates, user, HistoryOf(visitor.state), context,
                                           limit, snapshot.segment_index);
  std::vector<const content::LiveInteraction*> eligible;
  for (const targeting::Decision& decision : decisions) {
    if (!decision.eligible()) continue;
    if (auto found = by_id.find(decision.id); found != by_id.end()) {
      eligible.push_back(found->second);
    }
  }
  return eligible;
}

}  // namespace waymark::widget
