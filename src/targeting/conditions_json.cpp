#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "targeting/conditions.hpp"

namespace waymark::targeting {
namespace {

boost::json::value NodeJson(const Conditions& conditions, std::uint32_t at) {
  const ConditionNode& node = conditions.nodes()[at];
  if (node.kind == ConditionNode::Kind::kCondition) {
    return ToJson(conditions.conditions()[node.condition]);
  }
  boost::json::array members;
  for (std::uint32_t member = at + 1; member < node.end; member = conditions.nodes()[member].end) {
    members.push_back(NodeJson(conditions, member));
  }
  const char* key = node.kind == ConditionNode::Kind::kAll ? "all" : "any";
  return boost::json::object{{key, std::move(members)}};
}

}  // namespace

boost::json::value ToJson(const Conditions& conditions) {
  if (conditions.nodes().empty()) return boost::json::object{{"all", boost::json::array{}}};
  return NodeJson(conditions, 0);
}

}  // namespace waymark::targeting
