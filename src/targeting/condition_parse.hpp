#pragma once

#include <boost/json/object.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "targeting/condition.hpp"
#include "targeting/json_reader.hpp"

// Reading one condition; conditions.hpp reads the groups around it.
namespace waymark::targeting {

inline constexpr std::size_t kMaxNameBytes = 100;    // attribute and event names
inline constexpr std::size_t kMaxValueBytes = 1000;  // strings a condition compares with
inline constexpr std::size_t kMaxListItems = 100;    // the list of `in`

// What a subject holds, which decides the operators and values that make sense for it.
enum class SubjectType : std::uint8_t { kAny, kString, kNumber, kDate };

// The condition object at `path`; nullopt when errors were recorded.
std::optional<Condition> ParseCondition(const boost::json::object& object, std::string path,
                                        ErrorList& errors);

// The value of a condition with operator `op` on a subject of `type`, at `path`.
std::optional<Operand> ParseOperand(Op op, SubjectType type, const boost::json::value& value,
                                    const std::string& path, ErrorList& errors);

}  // namespace waymark::targeting
