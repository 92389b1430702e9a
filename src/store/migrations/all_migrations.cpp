#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>

#include "store/migration.hpp"

// The schema, one migration per step, never edited once released: a change is a new
// migration. SQL here runs on SQLite and PostgreSQL alike.
namespace waymark::store {
namespace {

constexpr std::string_view kInstanceSql = R"sql(
CREATE TABLE instance (
  id TEXT PRIMARY KEY,
  created_at BIGINT NOT NULL
);
)sql";

// 128 random bits as hex: unique across installations without a coordinating service.
std::string RandomInstanceId() {
  std::random_device entropy;
  std::string id;
  for (int i = 0; i < 4; ++i) {
    char chunk[9];
    std::snprintf(chunk, sizeof chunk, "%08x", static_cast<unsigned>(entropy()));
    id += chunk;
  }
  return id;
}

Status SeedInstance(Transaction& tx) {
  const std::int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                               std::chrono::system_clock::now().time_since_epoch())
                               .count();
  const std::array<Value, 2> row{RandomInstanceId(), now};
  return tx.Execute("INSERT INTO instance (id, created_at) VALUES (?, ?)", row).status();
}

constexpr std::array kMigrations{
    Migration{1, "instance", kInstanceSql, &SeedInstance},
};

}  // namespace

std::span<const Migration> AllMigrations() {
  return kMigrations;
}

}  // namespace waymark::store
