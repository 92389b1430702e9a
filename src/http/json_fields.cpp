#include "http/json_fields.hpp"

#include <boost/json/parse.hpp>

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

}  // namespace

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

Response JsonFields::Problem() const {
  return ProblemResponse({StatusCode::bad_request, "Bad Request",
                          "Some fields of the request are missing or invalid.", errors_});
}

void JsonFields::Fail(std::string_view field, std::string message) {
  errors_.push_back({std::string(field), std::move(message)});
}

const boost::json::value* JsonFields::Find(std::string_view name) {
  read_.emplace(name);
  const boost::json::value* value = object_.if_contains(name);
  return value == nullptr || value->is_null() ? nullptr : value;
}

std::optional<std::string> JsonFields::OptionalText(std::string_view name, TextRule rule) {
  const boost::json::value* value = Find(name);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) {
    Fail(name, "must be a string");
    return std::nullopt;
  }
  std::string_view text = value->get_string();
  if (text.size() < rule.min_length) {
    Fail(name, "must be at least " + std::to_string(rule.min_length) + " bytes");
  } else if (text.size() > rule.max_length) {
    Fail(name, "must be at most " + std::to_string(rule.max_length) + " bytes");
  } else if (HasForbiddenControl(text, rule)) {
    Fail(name, "must not contain control or bidirectional-override characters");
  } else {
    return std::string(text);
  }
  return std::nullopt;
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

void JsonFields::RejectOthers() {
  for (const auto& [key, value] : object_) {
    if (!read_.contains(std::string_view(key))) Fail(key, "is not a known field");
  }
}

}  // namespace waymark::http
