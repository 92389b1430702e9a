#pragma once

#include <boost/json/value.hpp>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "http/problem.hpp"
#include "targeting/condition.hpp"
#include "targeting/end_user.hpp"

// A group of conditions, the audience of an interaction or the definition of a segment:
//
//   {"all": [<member>, ...]}  every member holds (AND)
//   {"any": [<member>, ...]}  at least one member holds (OR)
//
// where a member is a condition (condition.hpp) or another group. Each group has 1 to 50
// members, groups nest at most 5 deep (the outer group is level 1), and there are at most
// 200 conditions in all: enough for any real audience, and what keeps evaluation cheap.
namespace waymark::targeting {

inline constexpr std::size_t kMaxGroupMembers = 50;
inline constexpr int kMaxGroupDepth = 5;
inline constexpr std::size_t kMaxConditions = 200;

// One step of a compiled group, stored flat in depth-first order: a group is followed by
// its members, so evaluation walks one array instead of chasing pointers.
struct ConditionNode {
  enum class Kind : std::uint8_t { kAll, kAny, kCondition };
  Kind kind = Kind::kCondition;
  std::uint32_t end = 0;        // the index just past this node and its members
  std::uint32_t condition = 0;  // the index in Conditions::conditions() of a kCondition
};

// A compiled, immutable group; cheap to copy around by reference and to evaluate.
class Conditions {
 public:
  Conditions(std::vector<ConditionNode> nodes, std::vector<Condition> conditions)
      : nodes_(std::move(nodes)), conditions_(std::move(conditions)) {}

  const std::vector<ConditionNode>& nodes() const { return nodes_; }
  const std::vector<Condition>& conditions() const { return conditions_; }

 private:
  std::vector<ConditionNode> nodes_;  // nodes_[0] is the outer group
  std::vector<Condition> conditions_;
};

// Reads and checks the group `json`, naming errors under `path` (such as
// "targeting.audience.conditions", giving "targeting.audience.conditions.all[2].value").
// nullopt when errors were appended (at most 20 for one call).
std::optional<Conditions> ParseConditions(const boost::json::value& json, std::string_view path,
                                          std::vector<http::FieldError>& errors);

// Whether `user` meets the group at `now` (Unix seconds). Allocates nothing.
bool Matches(const Conditions& conditions, const EndUser& user, std::int64_t now);

// The group as the API writes it; ParseConditions gives it back unchanged.
boost::json::value ToJson(const Conditions& conditions);

}  // namespace waymark::targeting
