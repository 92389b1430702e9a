#include <boost/json/array.hpp>
#include <optional>
#include <string_view>
#include <type_traits>

#include "targeting/condition.hpp"

namespace waymark::targeting {
namespace {

// The subject of a condition as read from the user: a view, so reading copies nothing.
struct Observed {
  enum class Kind : std::uint8_t { kMissing, kString, kNumber, kBool, kList, kOther };
  Kind kind = Kind::kMissing;
  std::string_view text;
  double number = 0;
  bool flag = false;
  const boost::json::value* json = nullptr;  // an attribute's own value, for dates and lists
};
using Kind = Observed::Kind;

Observed Observe(const boost::json::value& value) {
  Observed seen;
  seen.json = &value;
  if (value.is_string()) {
    seen.kind = Kind::kString;
    seen.text = value.get_string();
  } else if (std::optional<double> number = NumberOf(value)) {
    seen.kind = Kind::kNumber;
    seen.number = *number;
  } else if (value.is_bool()) {
    seen.kind = Kind::kBool;
    seen.flag = value.get_bool();
  } else if (value.is_array()) {
    seen.kind = Kind::kList;
  } else {
    seen.kind = value.is_null() ? Kind::kMissing : Kind::kOther;
  }
  return seen;
}

Observed Number(std::int64_t number) {
  Observed seen;
  seen.kind = Kind::kNumber;
  seen.number = double(number);
  return seen;
}

Observed ObserveSubject(const Condition& condition, const EndUser& user) {
  switch (condition.subject) {
    case Subject::kAttribute: {
      const boost::json::value* value =
          user.attributes == nullptr ? nullptr : user.attributes->if_contains(condition.name);
      return value == nullptr ? Observed{} : Observe(*value);
    }
    case Subject::kLanguage:
      if (user.language.empty()) return {};
      return {.kind = Kind::kString, .text = user.language};
    case Subject::kFirstSeen:
      return Number(user.first_seen);
    case Subject::kSessionCount:
      return Number(user.session_count);
    case Subject::kEvent: {
      if (user.event_counts == nullptr) return Number(0);
      auto found = user.event_counts->find(std::string_view(condition.name));
      return Number(found == user.event_counts->end() ? 0 : found->second);
    }
  }
  return {};
}

std::optional<std::int64_t> TimeOf(const Observed& seen) {
  if (seen.json != nullptr) return AttributeTime(*seen.json);
  if (seen.kind == Kind::kNumber) return std::int64_t(seen.number);  // a fact's seconds
  return std::nullopt;
}

// Overloads for each type an operand holds, so comparing never copies one into a Scalar.
bool Equals(const Observed& seen, const std::string& text) {
  return seen.kind == Kind::kString && seen.text == text;
}
bool Equals(const Observed& seen, double number) {
  return seen.kind == Kind::kNumber && seen.number == number;
}
bool Equals(const Observed& seen, bool flag) {
  return seen.kind == Kind::kBool && seen.flag == flag;
}
bool Equals(const Observed& seen, const Scalar& value) {
  return std::visit([&](const auto& item) { return Equals(seen, item); }, value);
}

template <class Value>
bool ListHas(const Observed& list, const Value& value) {
  for (const boost::json::value& item : list.json->get_array()) {
    if (Equals(Observe(item), value)) return true;
  }
  return false;
}

// eq and neq take a string, a number or a bool; contains a string or a number.
bool EqualsOperand(const Observed& seen, const Operand& operand) {
  return std::visit(
      [&](const auto& value) {
        if constexpr (std::is_constructible_v<Scalar, decltype(value)>) {
          return Equals(seen, value);
        } else {
          return false;
        }
      },
      operand);
}

bool Contains(const Observed& seen, const Operand& operand) {
  if (seen.kind == Kind::kList) {
    if (const auto* number = std::get_if<double>(&operand)) return ListHas(seen, *number);
    return ListHas(seen, std::get<std::string>(operand));
  }
  const auto* text = std::get_if<std::string>(&operand);
  return seen.kind == Kind::kString && text != nullptr &&
         seen.text.find(*text) != std::string_view::npos;
}

bool In(const Observed& seen, const std::vector<Scalar>& values) {
  for (const Scalar& value : values) {
    if (seen.kind == Kind::kList ? ListHas(seen, value) : Equals(seen, value)) return true;
  }
  return false;
}

bool Between(const Observed& seen, const Operand& operand, std::int64_t now) {
  if (const auto* range = std::get_if<NumberRange>(&operand)) {
    return seen.kind == Kind::kNumber && range->low <= seen.number && seen.number <= range->high;
  }
  const auto& dates = std::get<DateRange>(operand);
  std::optional<std::int64_t> time = TimeOf(seen);
  return time && dates.low.At(now) <= *time && *time <= dates.high.At(now);
}

// Whether `seen` compares with the operand as `op` says. Operands have the shape their
// operator takes: the parser guarantees it, so the std::get calls below cannot throw.
bool Compare(Op op, const Operand& operand, const Observed& seen, std::int64_t now) {
  switch (op) {
    case Op::kEq:
    case Op::kNeq:
      return EqualsOperand(seen, operand) == (op == Op::kEq);
    case Op::kContains:
      return Contains(seen, operand);
    case Op::kStartsWith:
      return seen.kind == Kind::kString && seen.text.starts_with(std::get<std::string>(operand));
    case Op::kGt:
      return seen.kind == Kind::kNumber && seen.number > std::get<double>(operand);
    case Op::kLt:
      return seen.kind == Kind::kNumber && seen.number < std::get<double>(operand);
    case Op::kBetween:
      return Between(seen, operand, now);
    case Op::kIn:
      return In(seen, std::get<std::vector<Scalar>>(operand));
    case Op::kExists:
      return (seen.kind != Kind::kMissing) == std::get<bool>(operand);
    case Op::kBefore:
    case Op::kAfter: {
      std::optional<std::int64_t> time = TimeOf(seen);
      const std::int64_t at = std::get<DateValue>(operand).At(now);
      return time && (op == Op::kBefore ? *time < at : *time > at);
    }
  }
  return false;
}

}  // namespace

bool Matches(const Condition& condition, const EndUser& user, std::int64_t now) {
  return Compare(condition.op, condition.operand, ObserveSubject(condition, user), now);
}

}  // namespace waymark::targeting
