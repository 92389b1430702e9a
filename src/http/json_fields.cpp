#include "http/json_fields.hpp"

#include <boost/json/parse.hpp>

#include "core/time_format.hpp"

namespace waymark::http {
namespace {

// Whether `text` holds a control character that `rule` does not allow, or a Unicode
// bidirectional override or isolate (U+202A..U+202E, U+2066..U+2069), which can make a
// name display as something else ("Trojan Source").
bool HasForbiddenControl(std::string_view text, const TextRule& rule) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    bool control = c < 0x20 || c == 0x7f;
    if (control && !(rule.multiline && (c == '\n' || c == '\t'))) return true;
    if (c == 0xE2 && i + 2 < text.size()) {
      auto b1 = static_cast<unsigned char>(text[i + 1]);
      auto b2 = static_cast<unsigned char>(text[i + 2]);
      if ((b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)) {
        return true;
      }
    }
  }
  return false;
}

// Characters as people count them (code points) in valid UTF-8: every byte but the
// continuation bytes 10xxxxxx starts one.
std::size_t CharacterCount(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

// Why `value` is not a text `rule` accepts, or nullopt when it is.
std::optional<std::string> TextError(const boost::json::value& value, const TextRule& rule) {
  if (!value.is_string()) return "must be a string";
  std::string_view text = value.get_string();
  const std::size_t length = CharacterCount(text);
  if (length < rule.min_length) {
    return "must be at least " + std::to_string(rule.min_length) + " characters";
  }
  if (length > rule.max_length) {
    return "must be at most " + std::to_string(rule.max_length) + " characters";
  }
  if (HasForbiddenControl(text, rule)) {
    return "must not contain control or bidirectional-override characters";
  }
  return std::nullopt;
}

}  // namespace

std::string OneOfMessage(std::initializer_list<std::string_view> choices) {
  std::string message = "must be one of: ";
  for (std::string_view choice : choices) {
    if (choice != *choices.begin()) message += ", ";
    message += choice;
  }
  return message;
}

JsonFields JsonFields::FromBody(std::string_view body) {
  JsonFields fields;
  boost::system::error_code ec;
  boost::json::value value = boost::json::parse(body, ec);
  if (ec) {
    fields.Fail("body", "is not valid JSON: " + ec.message());
  } else if (!value.is_object()) {
    fields.Fail("body", "must be a JSON object");
  } else {
    fields.object_ = std::move(value.as_object());
    fields.parsed_ = true;
  }
  return fields;
}

JsonFields JsonFields::Of(boost::json::object object, std::string prefix) {
  JsonFields fields;
  fields.object_ = std::move(object);
  fields.prefix_ = std::move(prefix);
  fields.parsed_ = true;
  return fields;
}

Response JsonFields::Problem() const {
  return ProblemResponse({StatusCode::bad_request, "Bad Request",
                          "Some fields of the request are missing or invalid.", errors_});
}

void JsonFields::Fail(std::string_view field, std::string message) {
  errors_.push_back({Path(field), std::move(message)});
}

void JsonFields::Absorb(const JsonFields& nested) {
  errors_.insert(errors_.end(), nested.errors_.begin(), nested.errors_.end());
}

const boost::json::value* JsonFields::Find(std::string_view name) {
  read_.emplace(name);
  const boost::json::value* value = object_.if_contains(name);
  return value == nullptr || value->is_null() ? nullptr : value;
}

std::optional<std::string> JsonFields::OptionalText(std::string_view name, TextRule rule) {
  const boost::json::value* value = Find(name);
  if (value == nullptr) return std::nullopt;
  if (auto error = TextError(*value, rule)) {
    Fail(name, std::move(*error));
    return std::nullopt;
  }
  return std::string(value->get_string());
}

std::string JsonFields::Text(std::string_view name, TextRule rule) {
  if (Find(name) == nullptr) {
    Fail(name, "is required");
    return {};
  }
  return OptionalText(name, rule).value_or(std::string());
}

bool JsonFields::Bool(std::string_view name, bool fallback) {
  const boost::json::value* value = Find(name);
  if (value == nullptr) return fallback;
  if (!value->is_bool()) {
    Fail(name, "must be true or false");
    return fallback;
  }
  return value->get_bool();
}

std::optional<std::int64_t> JsonFields::OptionalInt(std::string_view name, std::int64_t min,
                                                    std::int64_t max) {
  const boost::json::value* value = Find(name);
  if (value == nullptr) return std::nullopt;
  std::optional<std::int64_t> number;
  if (value->is_int64()) number = value->get_int64();
  if (value->is_uint64() && value->get_uint64() <= std::uint64_t(max)) {
    number = std::int64_t(value->get_uint64());
  }
  if (!number || *number < min || *number > max) {
    Fail(name, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return std::nullopt;
  }
  return number;
}

std::optional<std::int64_t> JsonFields::OptionalTime(std::string_view name) {
  const boost::json::value* value = Find(name);
  if (value == nullptr) return std::nullopt;
  std::optional<std::int64_t> time;
  if (value->is_string()) time = ParseIso8601(value->get_string());
  if (!time) {
    Fail(name,
         "must be an ISO 8601 date-time with its offset, like 2026-11-24T09:30:00Z, "
         "between the years 1970 and 9999");
  }
  return time;
}

std::optional<std::string> JsonFields::OptionalChoice(
    std::string_view name, std::initializer_list<std::string_view> choices) {
  const boost::json::value* value = Find(name);
  if (value == nullptr) return std::nullopt;
  if (value->is_string()) {
    for (std::string_view choice : choices) {
      if (value->get_string() == choice) return std::string(choice);
    }
  }
  Fail(name, OneOfMessage(choices));
  return std::nullopt;
}

std::optional<std::vector<std::string>> JsonFields::OptionalTextList(std::string_view name,
                                                                     TextRule rule,
                                                                     std::size_t max_items) {
  std::optional<boost::json::array> items = OptionalArray(name, max_items);
  if (!items) return std::nullopt;
  std::vector<std::string> texts;
  const std::size_t errors_before = errors_.size();
  for (std::size_t i = 0; i < items->size(); ++i) {
    if (auto error = TextError((*items)[i], rule)) {
      Fail(std::string(name) + "[" + std::to_string(i) + "]", std::move(*error));
    } else {
      texts.emplace_back((*items)[i].get_string());
    }
  }
  if (errors_.size() != errors_before) return std::nullopt;
  return texts;
}

std::optional<boost::json::object> JsonFields::OptionalObject(std::string_view name) {
  const boost::json::value* value = Find(name);
  if (value == nullptr) return std::nullopt;
  if (!value->is_object()) {
    Fail(name, "must be an object");
    return std::nullopt;
  }
  return value->get_object();
}

std::optional<boost::json::array> JsonFields::OptionalArray(std::string_view name,
                                                            std::size_t max_items) {
  const boost::json::value* value = Find(name);
  if (value == nullptr) return std::nullopt;
  if (!value->is_array()) {
    Fail(name, "must be an array");
    return std::nullopt;
  }
  if (value->get_array().size() > max_items) {
    Fail(name, "must have at most " + std::to_string(max_items) + " items");
    return std::nullopt;
  }
  return value->get_array();
}

void JsonFields::RejectOthers() {
  for (const auto& [key, value] : object_) {
    if (!read_.contains(std::string_view(key))) Fail(key, "is not a known field");
  }
}

}  // namespace waymark::http
