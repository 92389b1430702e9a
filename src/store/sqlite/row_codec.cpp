#include "store/sqlite/row_codec.hpp"

#include <string>
#include <type_traits>

#include "store/sqlite/error.hpp"

namespace waymark::store::sqlite {
namespace {

int BindOne(sqlite3_stmt* stmt, int index, const Value& value) {
  return std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return sqlite3_bind_null(stmt, index);
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return sqlite3_bind_int64(stmt, index, v);
        } else if constexpr (std::is_same_v<T, double>) {
          return sqlite3_bind_double(stmt, index, v);
        } else {
          return sqlite3_bind_text64(stmt, index, v.data(), v.size(), SQLITE_STATIC, SQLITE_UTF8);
        }
      },
      value);
}

std::string ColumnBytes(sqlite3_stmt* stmt, int column, const void* data) {
  // sqlite3_column_bytes must follow the column_text/blob call that produced `data`.
  const int size = sqlite3_column_bytes(stmt, column);
  return data ? std::string(static_cast<const char*>(data), size) : std::string();
}

Value ReadColumn(sqlite3_stmt* stmt, int column) {
  switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
      return std::int64_t{sqlite3_column_int64(stmt, column)};
    case SQLITE_FLOAT:
      return sqlite3_column_double(stmt, column);
    case SQLITE_TEXT:
      return ColumnBytes(stmt, column, sqlite3_column_text(stmt, column));
    case SQLITE_BLOB:
      return ColumnBytes(stmt, column, sqlite3_column_blob(stmt, column));
    default:
      return nullptr;
  }
}

}  // namespace

Status BindParams(sqlite3_stmt* stmt, std::span<const Value> params) {
  const int expected = sqlite3_bind_parameter_count(stmt);
  if (static_cast<std::size_t>(expected) != params.size()) {
    return Status::Invalid("sqlite: statement takes " + std::to_string(expected) +
                           " parameters, got " + std::to_string(params.size()));
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (int rc = BindOne(stmt, static_cast<int>(i) + 1, params[i]); rc != SQLITE_OK) {
      return LastError(sqlite3_db_handle(stmt));
    }
  }
  return Status::Ok();
}

std::vector<std::string> ColumnNames(sqlite3_stmt* stmt) {
  std::vector<std::string> names;
  const int count = sqlite3_column_count(stmt);
  names.reserve(count);
  for (int i = 0; i < count; ++i) names.emplace_back(sqlite3_column_name(stmt, i));
  return names;
}

std::vector<Value> ReadRow(sqlite3_stmt* stmt) {
  std::vector<Value> row;
  const int count = sqlite3_column_count(stmt);
  row.reserve(count);
  for (int i = 0; i < count; ++i) row.push_back(ReadColumn(stmt, i));
  return row;
}

}  // namespace waymark::store::sqlite
