#pragma once

#include <array>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/problem.hpp"

// How targeting rules are read from JSON. Like http::JsonFields (and worded the same), but
// it borrows the document instead of copying it, since rules nest and a document of 10,000
// conditions must be refused without being copied, and one bounded error list serves the
// whole nesting.
namespace waymark::targeting {

// Enough for a maker to fix a document; past it more errors only make the answer longer.
inline constexpr std::size_t kMaxErrors = 20;

// The caller's error list, of which one parse may fill at most kMaxErrors entries.
class ErrorList {
 public:
  explicit ErrorList(std::vector<http::FieldError>& out) : out_(out), start_(out.size()) {}

  void Fail(std::string field, std::string message);
  // Parsers stop early once true: nothing more would be recorded.
  bool full() const { return count() >= kMaxErrors; }
  // Errors this parse recorded so far.
  std::size_t count() const { return out_.size() - start_; }

 private:
  std::vector<http::FieldError>& out_;
  std::size_t start_;
};

// "rules" under "targeting.where" is "targeting.where.rules"; under "" it is "rules".
std::string MemberPath(std::string_view path, std::string_view name);
// "targeting.where.rules[3]".
std::string ItemPath(std::string_view path, std::size_t index);

// The members of one JSON object at `path`. Null members count as absent.
class Members {
 public:
  Members(const boost::json::object& object, std::string path, ErrorList& errors)
      : object_(object), path_(std::move(path)), errors_(errors), errors_before_(errors.count()) {}

  // The member, or nullptr when absent or null.
  const boost::json::value* Optional(std::string_view name);
  // The member, or nullptr after recording that it is required.
  const boost::json::value* Required(std::string_view name);
  // A required string of [min, max] bytes.
  std::optional<std::string_view> Text(std::string_view name, std::size_t min, std::size_t max);
  // A required string among `choices`.
  std::optional<std::string_view> Choice(std::string_view name,
                                         std::initializer_list<std::string_view> choices);
  // An optional whole number in [min, max]; `fallback` when absent, nullopt when invalid.
  std::optional<std::int64_t> Integer(std::string_view name, std::int64_t min, std::int64_t max,
                                      std::int64_t fallback);
  // An optional boolean; nullopt when invalid.
  std::optional<bool> Bool(std::string_view name, bool fallback);
  // An optional ISO 8601 date-time, as Unix seconds in `time` (nullopt when absent); false
  // when it is there but not a date-time.
  bool Time(std::string_view name, std::optional<std::int64_t>& time);
  // A required array of [min, max] items, refused before any item is looked at.
  const boost::json::array* Array(std::string_view name, std::size_t min, std::size_t max);

  // Records an error for every member no accessor above has read: a typo never passes.
  void RejectOthers();
  void Fail(std::string_view name, std::string message);
  std::string Path(std::string_view name) const { return MemberPath(path_, name); }
  const std::string& path() const { return path_; }
  // Whether no error was recorded since these members were opened, theirs or their
  // children's.
  bool clean() const { return errors_.count() == errors_before_; }
  ErrorList& errors() { return errors_; }

 private:
  bool WasRead(std::string_view name) const;

  const boost::json::object& object_;
  std::string path_;
  ErrorList& errors_;
  std::size_t errors_before_;
  std::array<std::string_view, 8> read_{};  // no rule object has more members
  std::size_t read_count_ = 0;
};

// The object `value` is, or nullptr after recording at `path` that it must be one.
const boost::json::object* ObjectAt(const boost::json::value& value, std::string_view path,
                                    ErrorList& errors);

// A JSON number as a double, when it is one (and finite).
std::optional<double> NumberOf(const boost::json::value& value);
// A JSON number that is a whole number fitting in int64.
std::optional<std::int64_t> IntegerOf(const boost::json::value& value);
// How the API writes a number of a rule: whole numbers without a fraction.
boost::json::value NumberJson(double number);

}  // namespace waymark::targeting
