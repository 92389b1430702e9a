#pragma once

#include <span>
#include <string_view>

#include "core/status.hpp"
#include "store/database.hpp"

namespace waymark::store {

// One step of the schema, identified by a version that only ever grows. `sql` is portable
// DDL/DML (several statements allowed); `seed`, when set, runs afterwards in the same
// transaction for data that SQL cannot write portably (random ids, timestamps).
struct Migration {
  int version = 0;
  std::string_view name;
  std::string_view sql;
  Status (*seed)(Transaction&) = nullptr;
};

// The migrations compiled into this binary, in ascending version order.
std::span<const Migration> AllMigrations();

// Applies the migrations the database has not seen, each in its own transaction and
// recorded in schema_migrations(version, name, applied_at); returns how many it applied.
// Refuses a database that has a version newer than `migrations` knows. Stops at the first
// failure, whose changes are rolled back entirely.
//
// BLOCKING: it runs its own io_context. Call it at startup or from `waymark migrate`,
// never from an I/O thread.
Result<int> Migrate(Database& db, std::span<const Migration> migrations);

}  // namespace waymark::store
