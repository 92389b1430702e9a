#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "targeting/date_value.hpp"
#include "targeting/end_user.hpp"
#include "targeting/operators.hpp"

// One condition on an end-user, such as {"attribute": "plan", "op": "eq", "value": "pro"}.
//
// What a condition looks at (its subject):
//   {"attribute": name}     the user's attribute of that name (string, number, bool, array;
//                           a date is an ISO 8601 string or a number of Unix seconds);
//   {"fact": "language"}    the browser's language, a string ("fr-CA"; empty is missing);
//   {"fact": "firstSeen"}   when the user was first seen, a date;
//   {"fact": "sessionCount"} how many sessions the user had, a number;
//   {"fact": "event", "event": name}  how many times the user did that custom event, a
//                           number (0 when never).
//
// What each operator means (strings compare byte for byte, so case-sensitively):
//   eq / neq      the subject equals the value (string, number or bool; a number never
//                 equals a string "5"). neq is exactly "not eq": true when the attribute is
//                 missing or of another type.
//   contains      a string subject holds the value as a substring, or a list subject holds
//                 an item equal to the value.
//   starts_with   a string subject begins with the value.
//   gt / lt       a number subject is greater / less than the value.
//   between       [low, high], inclusive: two numbers for a number subject, or two dates
//                 (see below) for a date subject.
//   in            the subject equals one of a list of strings and numbers; a list subject
//                 shares at least one item with it.
//   exists        true: the attribute is present and not null; false: it is absent or null.
//   before/after  a date subject is strictly earlier / later than the value, an ISO 8601
//                 date or date-time, or {"daysAgo": N} (N days before now; negative: after).
//
// A subject that is missing, or of a type the operator does not compare, makes the
// condition false (never an error while evaluating); only neq and "exists false" are then
// true. Which operators a fact accepts, and which values each operator takes, is checked
// when the condition is parsed, so a rule that could never mean anything is refused.
namespace waymark::targeting {

enum class Subject : std::uint8_t { kAttribute, kLanguage, kFirstSeen, kSessionCount, kEvent };

using Scalar = std::variant<std::string, double, bool>;
struct NumberRange {
  double low = 0;
  double high = 0;
  bool operator==(const NumberRange&) const = default;
};
struct DateRange {
  DateValue low;
  DateValue high;
  bool operator==(const DateRange&) const = default;
};
// The value a condition compares with, of the shape its operator takes: a string, number or
// bool (eq, neq, contains, starts_with, gt, lt; exists holds its bool), a date (before,
// after), a range (between) or a list of strings and numbers (in).
using Operand =
    std::variant<std::string, double, bool, DateValue, NumberRange, DateRange, std::vector<Scalar>>;

struct Condition {
  Subject subject = Subject::kAttribute;
  std::string name;  // the attribute, or the custom event of Subject::kEvent
  Op op = Op::kEq;
  Operand operand;
};

// Whether `user` meets `condition` at `now` (Unix seconds). Allocates nothing.
bool Matches(const Condition& condition, const EndUser& user, std::int64_t now);

// The condition as the API writes it; parsing it gives the condition back.
boost::json::value ToJson(const Condition& condition);

}  // namespace waymark::targeting
