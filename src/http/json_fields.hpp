#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "http/problem.hpp"

namespace waymark::http {

// Limits a text field must respect. Text is always valid UTF-8 (the JSON parser checks)
// and never holds control characters, which have no place in names, emails or titles.
struct TextRule {
  std::size_t min_length = 0;  // in characters (code points), as JSON Schema's maxLength
  std::size_t max_length = 256;
  bool multiline = false;  // allows \n and \t, for bodies written by people
};

// Reads the fields of a JSON request body one by one, collecting an error per field at
// fault instead of stopping at the first, so one 400 answer names every field to fix:
//
//   JsonFields fields = JsonFields::FromBody(request.body());
//   std::string email = fields.Text("email", {.min_length = 3, .max_length = 254});
//   bool remember = fields.Bool("remember", false);
//   fields.RejectOthers();
//   if (!fields.errors().empty()) co_return fields.Problem();
// "must be one of: a, b, c": the message for a string outside its choices.
std::string OneOfMessage(std::initializer_list<std::string_view> choices);

class JsonFields {
 public:
  // The body as a JSON object; a body that is not one is an error on the field "body".
  static JsonFields FromBody(std::string_view body);
  // The fields of an object nested in a body, whose errors are named under `prefix`
  // ("buttons[0]." gives "buttons[0].label"); Absorb them into the body's fields after.
  static JsonFields Of(boost::json::object object, std::string prefix);

  // True when the body was an object, whatever its fields hold. When it was not, every
  // accessor answers its fallback and the only error is the one on "body".
  bool ok() const { return parsed_; }
  const std::vector<FieldError>& errors() const { return errors_; }
  // 400 problem+json naming every field at fault.
  Response Problem() const;

  // A required string. Returns "" (and records why) when absent or invalid.
  std::string Text(std::string_view name, TextRule rule = {});
  // An optional string: nullopt when absent or null; recorded as an error when invalid.
  std::optional<std::string> OptionalText(std::string_view name, TextRule rule = {});
  // An optional boolean with its default.
  bool Bool(std::string_view name, bool fallback);
  // An optional integer within [min, max].
  std::optional<std::int64_t> OptionalInt(std::string_view name, std::int64_t min,
                                          std::int64_t max);
  // An optional time written in ISO 8601 (core/time_format.hpp), as Unix seconds.
  std::optional<std::int64_t> OptionalTime(std::string_view name);
  // An optional string that must be one of `choices`.
  std::optional<std::string> OptionalChoice(std::string_view name,
                                            std::initializer_list<std::string_view> choices);
  // An optional list of at most `max_items` strings, each following `rule`.
  std::optional<std::vector<std::string>> OptionalTextList(std::string_view name, TextRule rule,
                                                           std::size_t max_items);
  // An optional object or array, for the caller to read further (with Of for objects).
  std::optional<boost::json::object> OptionalObject(std::string_view name);
  std::optional<boost::json::array> OptionalArray(std::string_view name, std::size_t max_items);
  // An optional value of any JSON type, left for the caller to check.
  const boost::json::value* OptionalValue(std::string_view name) { return Find(name); }
  // Records an error for every field no accessor above has read: unknown fields are
  // refused, so a typo never passes silently.
  void RejectOthers();
  // Records an error the caller's own checks found (an email that is not an address).
  void Fail(std::string_view field, std::string message);
  // Takes the errors of the fields of a nested object, already named under its prefix.
  void Absorb(const JsonFields& nested);
  // The full name of `field` in errors: "buttons[0].label" for "label" under "buttons[0].".
  std::string Path(std::string_view field) const { return prefix_ + std::string(field); }

 private:
  JsonFields() = default;
  const boost::json::value* Find(std::string_view name);

  boost::json::object object_;
  std::string prefix_;
  bool parsed_ = false;
  std::set<std::string, std::less<>> read_;
  std::vector<FieldError> errors_;
};

}  // namespace waymark::http
