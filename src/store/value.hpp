#pragma once

#include <cstddef>
#include <cstdint>
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

}  // namespace waymark::store
