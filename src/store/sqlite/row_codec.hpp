#pragma once

#include <sqlite3.h>

#include <span>
#include <string>
#include <vector>

#include "core/status.hpp"
#include "store/value.hpp"

// Moves Values in and out of prepared statements.
namespace waymark::store::sqlite {

// Binds `params` to `stmt`'s `?` placeholders. The strings are bound without copying, so
// `params` must outlive the statement's execution.
Status BindParams(sqlite3_stmt* stmt, std::span<const Value> params);

std::vector<std::string> ColumnNames(sqlite3_stmt* stmt);

// Copies the current row out of `stmt`.
std::vector<Value> ReadRow(sqlite3_stmt* stmt);

}  // namespace waymark::store::sqlite
