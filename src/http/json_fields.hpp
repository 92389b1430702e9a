#pragma once

#include <boost/json/object.hpp>
#include <cstddef>
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
  std::size_t min_length = 0;  // in bytes
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
class JsonFields {
 public:
  // The body as a JSON object; a body that is not one is an error on the field "body".
  static JsonFields FromBody(std::string_view body);

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
  // Records an error for every field no accessor above has read: unknown fields are
  // refused, so a typo never passes silently.
  void RejectOthers();
  // Records an error the caller's own checks found (an email that is not an address).
  void Fail(std::string_view field, std::string message);

 private:
  JsonFields() = default;
  const boost::json::value* Find(std::string_view name);

  boost::json::object object_;
  bool parsed_ = false;
  std::set<std::string, std::less<>> read_;
  std::vector<FieldError> errors_;
};

}  // namespace waymark::http
