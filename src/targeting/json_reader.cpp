#include "targeting/json_reader.hpp"

#include <algorithm>
#include <cmath>

#include "core/time_format.hpp"
#include "http/json_fields.hpp"

namespace waymark::targeting {

void ErrorList::Fail(std::string field, std::string message) {
  if (!full()) out_.push_back({std::move(field), std::move(message)});
}

std::string MemberPath(std::string_view path, std::string_view name) {
  std::string full(path);
  if (!full.empty()) full += '.';
  full += name;
  return full;
}

std::string ItemPath(std::string_view path, std::size_t index) {
  return std::string(path) + "[" + std::to_string(index) + "]";
}

const boost::json::value* Members::Optional(std::string_view name) {
  if (!WasRead(name) && read_count_ < read_.size()) read_[read_count_++] = name;
  const boost::json::value* value = object_.if_contains(name);
  return value == nullptr || value->is_null() ? nullptr : value;
}

const boost::json::value* Members::Required(std::string_view name) {
  const boost::json::value* value = Optional(name);
  if (value == nullptr) Fail(name, "is required");
  return value;
}

std::optional<std::string_view> Members::Text(std::string_view name, std::size_t min,
                                              std::size_t max) {
  const boost::json::value* value = Required(name);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) {
    Fail(name, "must be a string");
    return std::nullopt;
  }
  std::string_view text = value->get_string();
  // Worded as http::JsonFields words it, so every part of the API reads alike.
  if (text.size() < min) {
    Fail(name, "must be at least " + std::to_string(min) + " bytes");
  } else if (text.size() > max) {
    Fail(name, "must be at most " + std::to_string(max) + " bytes");
  } else {
    return text;
  }
  return std::nullopt;
}

std::optional<std::string_view> Members::Choice(std::string_view name,
                                                std::initializer_list<std::string_view> choices) {
  const boost::json::value* value = Required(name);
  if (value == nullptr) return std::nullopt;
  if (value->is_string()) {
    for (std::string_view choice : choices) {
      if (value->get_string() == choice) return choice;
    }
  }
  Fail(name, http::OneOfMessage(choices));
  return std::nullopt;
}

std::optional<std::int64_t> Members::Integer(std::string_view name, std::int64_t min,
                                             std::int64_t max, std::int64_t fallback) {
  const boost::json::value* value = Optional(name);
  if (value == nullptr) return fallback;
  std::optional<std::int64_t> number = IntegerOf(*value);
  if (!number || *number < min || *number > max) {
    Fail(name, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return std::nullopt;
  }
  return number;
}

std::optional<bool> Members::Bool(std::string_view name, bool fallback) {
  const boost::json::value* value = Optional(name);
  if (value == nullptr) return fallback;
  if (!value->is_bool()) {
    Fail(name, "must be true or false");
    return std::nullopt;
  }
  return value->get_bool();
}

bool Members::Time(std::string_view name, std::optional<std::int64_t>& time) {
  time.reset();
  const boost::json::value* value = Optional(name);
  if (value == nullptr) return true;
  if (value->is_string()) time = ParseIso8601(value->get_string());
  if (!time) {
    Fail(name,
         "must be an ISO 8601 date-time with its offset, like 2026-11-24T09:30:00Z, "
         "between the years 1970 and 9999");
  }
  return time.has_value();
}

const boost::json::array* Members::Array(std::string_view name, std::size_t min, std::size_t max) {
  const boost::json::value* value = Required(name);
  if (value == nullptr) return nullptr;
  if (!value->is_array()) {
    Fail(name, "must be an array");
    return nullptr;
  }
  const std::size_t size = value->get_array().size();
  if (size < min || size > max) {
    Fail(name, "must have " + std::to_string(min) + " to " + std::to_string(max) + " items");
    return nullptr;
  }
  return &value->get_array();
}

void Members::RejectOthers() {
  for (const auto& member : object_) {
    if (!WasRead(member.key())) Fail(member.key(), "is not a known field");
  }
}

void Members::Fail(std::string_view name, std::string message) {
  errors_.Fail(Path(name), std::move(message));
}

bool Members::WasRead(std::string_view name) const {
  return std::find(read_.begin(), read_.begin() + read_count_, name) != read_.begin() + read_count_;
}

const boost::json::object* ObjectAt(const boost::json::value& value, std::string_view path,
                                    ErrorList& errors) {
  if (value.is_object()) return &value.get_object();
  errors.Fail(std::string(path), "must be an object");
  return nullptr;
}

std::optional<double> NumberOf(const boost::json::value& value) {
  if (value.is_int64()) return double(value.get_int64());
  if (value.is_uint64()) return double(value.get_uint64());
  // Only finite numbers: a rule or attribute of infinity would compare as nonsense.
  if (value.is_double() && std::isfinite(value.get_double())) return value.get_double();
  return std::nullopt;
}

std::optional<std::int64_t> IntegerOf(const boost::json::value& value) {
  if (value.is_int64()) return value.get_int64();
  if (value.is_uint64() && value.get_uint64() <= std::uint64_t(INT64_MAX)) {
    return std::int64_t(value.get_uint64());
  }
  return std::nullopt;
}

boost::json::value NumberJson(double number) {
  // Beyond 2^53 a double no longer holds every whole number; keep those as doubles.
  constexpr double kExact = 9007199254740992.0;
  if (number == std::trunc(number) && std::fabs(number) <= kExact) {
    return std::int64_t(number);
  }
  return number;
}

}  // namespace waymark::targeting
