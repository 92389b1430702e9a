#include <array>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <chrono>
#include <exception>
#include <optional>
#include <span>
#include <string>
#include <variant>

#include "store/migration.hpp"

namespace waymark::store {
namespace {

// Owned by Migrate rather than by a migration: it must exist before Migrate can ask which
// migrations have run. IF NOT EXISTS makes creating it idempotent on both dialects.
constexpr std::string_view kBookkeepingSql =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)";

std::int64_t UnixSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Result<std::int64_t> NewestApplied(Rows rows) {
  if (rows.empty() || std::holds_alternative<std::nullptr_t>(rows.rows[0][0])) return 0;
  if (const auto* version = std::get_if<std::int64_t>(&rows.rows[0][0])) return *version;
  return Status::Internal("store: schema_migrations.version is not an integer");
}

// Applies `m` unless it is recorded already; checking inside the transaction keeps two
// processes migrating at once from applying it twice.
Status Apply(Transaction& tx, const Migration& m, bool& applied) {
  const std::array<Value, 1> version{std::int64_t{m.version}};
  auto seen = tx.Query("SELECT 1 FROM schema_migrations WHERE version = ?", version);
  if (!seen.ok()) return seen.status();
  if (!seen->empty()) return Status::Ok();
  if (Status s = tx.ExecuteScript(m.sql); !s.ok()) return s;
  if (m.seed) {
    if (Status s = m.seed(tx); !s.ok()) return s;
  }
  const std::array<Value, 3> record{std::int64_t{m.version}, std::string(m.name), UnixSeconds()};
  auto recorded = tx.Execute(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", record);
  applied = recorded.ok();
  return recorded.status();
}

// Keeps the cause's code (an I/O error stays Io) and says which migration failed.
Status InMigration(const Migration& m, const Status& cause) {
  std::string text = "migration " + std::to_string(m.version) + " (" + std::string(m.name) +
                     ") failed: " + cause.message();
  switch (cause.code()) {
    case Status::Code::kInvalid:
      return Status::Invalid(std::move(text));
    case Status::Code::kConflict:
      return Status::Conflict(std::move(text));
    case Status::Code::kUnavailable:
      return Status::Unavailable(std::move(text));
    case Status::Code::kIo:
      return Status::Io(std::move(text));
    default:
      return Status::Internal(std::move(text));
  }
}

bool Ascending(std::span<const Migration> migrations) {
  for (std::size_t i = 0; i < migrations.size(); ++i) {
    if (migrations[i].version < 1) return false;
    if (i > 0 && migrations[i].version <= migrations[i - 1].version) return false;
  }
  return true;
}

// Refuses a database written by a newer binary: running old code on a newer schema could
// corrupt data it does not understand.
boost::asio::awaitable<Status> CheckNotNewer(Database& db, std::span<const Migration> known) {
  auto newest = co_await db.Query("SELECT MAX(version) FROM schema_migrations");
  if (!newest.ok()) co_return newest.status();
  auto version = NewestApplied(std::move(newest).value());
  if (!version.ok()) co_return version.status();
  const int latest = known.empty() ? 0 : known.back().version;
  if (*version > latest) {
    co_return Status::Conflict("store: database schema version " + std::to_string(*version) +
                               " is newer than this binary knows (" + std::to_string(latest) +
                               "); upgrade waymark");
  }
  co_return Status::Ok();
}

boost::asio::awaitable<Result<int>> MigrateAsync(Database& db,
                                                 std::span<const Migration> migrations) {
  if (!Ascending(migrations)) {
    co_return Status::Invalid("store: migration versions must be positive and ascending");
  }
  Status ready =
      co_await db.Write([](Transaction& tx) { return tx.Execute(kBookkeepingSql).status(); });
  if (!ready.ok()) co_return ready;
  if (Status s = co_await CheckNotNewer(db, migrations); !s.ok()) co_return s;
  int count = 0;
  for (const Migration& m : migrations) {
    bool applied = false;
    Status s = co_await db.Write([&m, &applied](Transaction& tx) { return Apply(tx, m, applied); });
    if (!s.ok()) co_return InMigration(m, s);
    count += applied ? 1 : 0;
  }
  co_return count;
}

}  // namespace

Result<int> Migrate(Database& db, std::span<const Migration> migrations) {
  boost::asio::io_context io;
  std::optional<Result<int>> result;
  boost::asio::co_spawn(
      io,
      [&]() -> boost::asio::awaitable<void> {
        result.emplace(co_await MigrateAsync(db, migrations));
      },
      [&](std::exception_ptr bug) {
        if (bug) result.emplace(Status::Internal("store: migrate threw"));
      });
  io.run();
  if (!result) return Status::Internal("store: migrate did not finish");
  return std::move(*result);
}

}  // namespace waymark::store
