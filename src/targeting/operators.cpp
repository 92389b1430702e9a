#include "targeting/operators.hpp"

#include <array>
#include <utility>

namespace waymark::targeting {
namespace {

constexpr std::array<std::pair<Op, std::string_view>, 11> kNames{{
    {Op::kEq, "eq"},
    {Op::kNeq, "neq"},
    {Op::kContains, "contains"},
    {Op::kStartsWith, "starts_with"},
    {Op::kGt, "gt"},
    {Op::kLt, "lt"},
    {Op::kBetween, "between"},
    {Op::kIn, "in"},
    {Op::kExists, "exists"},
    {Op::kBefore, "before"},
    {Op::kAfter, "after"},
}};

}  // namespace

std::string_view OpName(Op op) {
  for (const auto& [known, name] : kNames) {
    if (known == op) return name;
  }
  return "?";  // unreachable: every Op is listed
}

std::optional<Op> OpNamed(std::string_view name) {
  for (const auto& [op, known] : kNames) {
    if (known == name) return op;
  }
  return std::nullopt;
}

std::string_view OpNames() {
  return "eq, neq, contains, starts_with, gt, lt, between, in, exists, before, after";
}

}  // namespace waymark::targeting
