#include <boost/json/array.hpp>

#include "targeting/condition_parse.hpp"

namespace waymark::targeting {
namespace {

// The scalar types a value may have.
struct Allowed {
  bool text = false;
  bool number = false;
  bool flag = false;
};

std::string Expected(Allowed allowed) {
  if (allowed.text && allowed.number && allowed.flag) {
    return "must be a string, a number or a boolean";
  }
  if (allowed.text && allowed.number) return "must be a string or a number";
  if (allowed.text) return "must be a string";
  if (allowed.number) return "must be a number";
  return "must be true or false";
}

std::optional<Scalar> ParseScalar(const boost::json::value& value, Allowed allowed,
                                  const std::string& path, ErrorList& errors) {
  if (allowed.text && value.is_string()) {
    if (value.get_string().size() <= kMaxValueBytes) return std::string(value.get_string());
    errors.Fail(path, "must be at most " + std::to_string(kMaxValueBytes) + " bytes");
    return std::nullopt;
  }
  if (allowed.number) {
    if (std::optional<double> number = NumberOf(value)) return *number;
  }
  if (allowed.flag && value.is_bool()) return value.get_bool();
  errors.Fail(path, Expected(allowed));
  return std::nullopt;
}

std::optional<Operand> AsOperand(std::optional<Scalar> scalar) {
  if (!scalar) return std::nullopt;
  return std::visit([](auto& value) { return Operand(std::move(value)); }, *scalar);
}

// Strings may be compared with subjects that hold strings, numbers with those that hold
// numbers; an attribute may hold either.
Allowed ComparableWith(SubjectType type, bool flag) {
  return {.text = type == SubjectType::kAny || type == SubjectType::kString,
          .number = type == SubjectType::kAny || type == SubjectType::kNumber,
          .flag = flag && type == SubjectType::kAny};
}

std::string RangeShape(SubjectType type) {
  switch (type) {
    case SubjectType::kNumber:
      return "must be [low, high], two numbers";
    case SubjectType::kDate:
      return "must be [low, high], two dates";
    default:
      return "must be [low, high], two numbers or two dates";
  }
}

std::optional<Operand> ParseRange(SubjectType type, const boost::json::value& value,
                                  const std::string& path, ErrorList& errors) {
  if (!value.is_array() || value.get_array().size() != 2) {
    errors.Fail(path, RangeShape(type));
    return std::nullopt;
  }
  const boost::json::array& bounds = value.get_array();
  const bool numbers =
      type == SubjectType::kNumber || (type == SubjectType::kAny && NumberOf(bounds[0]));
  if (numbers) {
    std::optional<Scalar> low = ParseScalar(bounds[0], {.number = true}, ItemPath(path, 0), errors);
    std::optional<Scalar> high =
        ParseScalar(bounds[1], {.number = true}, ItemPath(path, 1), errors);
    if (!low || !high) return std::nullopt;
    NumberRange range{std::get<double>(*low), std::get<double>(*high)};
    if (range.low <= range.high) return range;
  } else {
    std::optional<DateValue> low = ParseDateValue(bounds[0], ItemPath(path, 0), errors);
    std::optional<DateValue> high = ParseDateValue(bounds[1], ItemPath(path, 1), errors);
    if (!low || !high) return std::nullopt;
    // Only two dates of one kind can be ordered before `now` is known.
    if (low->relative != high->relative || low->At(0) <= high->At(0)) {
      return DateRange{*low, *high};
    }
  }
  errors.Fail(path, "must have its low bound first");
  return std::nullopt;
}

std::optional<Operand> ParseList(SubjectType type, const boost::json::value& value,
                                 const std::string& path, ErrorList& errors) {
  const Allowed allowed = ComparableWith(type, false);
  if (!value.is_array() || value.get_array().empty() || value.get_array().size() > kMaxListItems) {
    errors.Fail(path, "must be a list of 1 to " + std::to_string(kMaxListItems) + " items");
    return std::nullopt;
  }
  std::vector<Scalar> items;
  items.reserve(value.get_array().size());
  bool ok = true;
  for (std::size_t i = 0; i < value.get_array().size() && !errors.full(); ++i) {
    std::optional<Scalar> item =
        ParseScalar(value.get_array()[i], allowed, ItemPath(path, i), errors);
    if (item) items.push_back(std::move(*item));
    ok = ok && item.has_value();
  }
  if (!ok) return std::nullopt;
  return items;
}

}  // namespace

std::optional<Operand> ParseOperand(Op op, SubjectType type, const boost::json::value& value,
                                    const std::string& path, ErrorList& errors) {
  switch (op) {
    case Op::kEq:
    case Op::kNeq:
      return AsOperand(ParseScalar(value, ComparableWith(type, true), path, errors));
    case Op::kContains:
      return AsOperand(ParseScalar(value, ComparableWith(type, false), path, errors));
    case Op::kStartsWith:
      return AsOperand(ParseScalar(value, {.text = true}, path, errors));
    case Op::kGt:
    case Op::kLt:
      return AsOperand(ParseScalar(value, {.number = true}, path, errors));
    case Op::kBetween:
      return ParseRange(type, value, path, errors);
    case Op::kIn:
      return ParseList(type, value, path, errors);
    case Op::kExists:
      return AsOperand(ParseScalar(value, {.flag = true}, path, errors));
    case Op::kBefore:
    case Op::kAfter: {
      std::optional<DateValue> date = ParseDateValue(value, path, errors);
      if (!date) return std::nullopt;
      return *date;
    }
  }
  return std::nullopt;
}

}  // namespace waymark::targeting
