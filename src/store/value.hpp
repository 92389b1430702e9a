#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace waymark::store {

// A SQL parameter or result cell. The four types every backend maps without loss; binary
// data travels as std::string.
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// A fully materialised result set: queries return small, bounded results, so copying them
// out of the backend keeps cursors (and their locks) from escaping the store thread.
struct Rows {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;

  bool empty() const { return rows.empty(); }
  std::size_t size() const { return rows.size(); }
};

// Reading cells whose type the query fixes. NULL (or another type) reads as "" or 0, so a
// caller tests IsNull first where NULL means something.
inline bool IsNull(const Value& value) {
  return std::holds_alternative<std::nullptr_t>(value);
}
inline std::string TextOf(const Value& value) {
  const auto* text = std::get_if<std::string>(&value);
  return text ? *text : std::string();
}
inline std::int64_t IntOf(const Value& value) {
  const auto* number = std::get_if<std::int64_t>(&value);
  return number ? *number : 0;
}
// NULL as nullopt, for columns such as revoked_at.
inline std::optional<std::int64_t> OptionalIntOf(const Value& value) {
  const auto* number = std::get_if<std::int64_t>(&value);
  return number ? std::optional<std::int64_t>(*number) : std::nullopt;
}
// "?, ?, ?" for `count` parameters of an IN (...) list. REQUIRES: count > 0.
inline std::string Placeholders(std::size_t count) {
  std::string list = "?";
  for (std::size_t i = 1; i < count; ++i) list += ", ?";
  return list;
}

// A nullable text parameter.
inline Value TextOrNull(const std::optional<std::string>& text) {
  return text ? Value(*text) : Value(nullptr);
}

}  // namespace waymark::store
