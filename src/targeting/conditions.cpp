#include "targeting/conditions.hpp"

namespace waymark::targeting {
namespace {

bool Evaluate(const Conditions& conditions, std::uint32_t at, const EndUser& user,
              std::int64_t now) {
  const ConditionNode& node = conditions.nodes()[at];
  if (node.kind == ConditionNode::Kind::kCondition) {
    return Matches(conditions.conditions()[node.condition], user, now);
  }
  // An "all" group is decided by its first false member, an "any" by its first true one.
  const bool all = node.kind == ConditionNode::Kind::kAll;
  for (std::uint32_t member = at + 1; member < node.end; member = conditions.nodes()[member].end) {
    if (Evaluate(conditions, member, user, now) != all) return !all;
  }
  return all;
}

}  // namespace

bool Matches(const Conditions& conditions, const EndUser& user, std::int64_t now) {
  return !conditions.nodes().empty() && Evaluate(conditions, 0, user, now);
}

}  // namespace waymark::targeting
