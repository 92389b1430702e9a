#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace waymark::targeting {

// The comparisons a condition can make; what each means is in condition.hpp.
enum class Op : std::uint8_t {
  kEq,
  kNeq,
  kContains,
  kStartsWith,
  kGt,
  kLt,
  kBetween,
  kIn,
  kExists,
  kBefore,
  kAfter,
};

// "eq", "neq", "contains", "starts_with", "gt", "lt", "between", "in", "exists", "before",
// "after": how the JSON names them.
std::string_view OpName(Op op);
std::optional<Op> OpNamed(std::string_view name);
// Every name, comma-separated, for error messages.
std::string_view OpNames();

}  // namespace waymark::targeting
