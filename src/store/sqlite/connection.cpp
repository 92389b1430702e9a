#include "store/sqlite/connection.hpp"

#include <algorithm>
#include <cctype>
#include <mutex>
#include <utility>

#include "store/sqlite/error.hpp"
#include "store/sqlite/row_codec.hpp"

namespace waymark::store::sqlite {
namespace {

// Waiting this long for another process's lock beats failing a request outright.
constexpr int kBusyTimeoutMs = 5000;
// Statements are built from literals, so the cache only outgrows this if a caller builds
// SQL dynamically; then starting over is cheaper than tracking recency.
constexpr std::size_t kMaxCachedStatements = 512;

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

// Resets a cached statement however Run leaves, so it never holds a read snapshot open.
struct ResetOnExit {
  sqlite3_stmt* stmt;
  ~ResetOnExit() {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }
};

// A statement journal keeps the pages a statement or savepoint changes inside a
// transaction, to undo it alone. SQLite writes one past 64 KB to a temporary file, a
// syscall a page: an analytics turn's inserts journal some 200 pages (SAVEPOINT
// insert_events, and each statement of many rows), which cost the writer as much system
// time as its commit. Kept in memory up to this size, they cost a copy a page.
constexpr int kStatementJournalInMemory = 4 << 20;

// A new database gets pages of 16 KB rather than SQLite's 4 KB. Each page a commit changes
// is a WAL frame written by a pwrite of its own, and copied once more by the checkpoint:
// an analytics turn wrote some 128 frames of 4 KB. With 16 KB pages the writer took 18.0 to
// 19.1 µs a request of bench/ingest instead of 21.2 to 22.5, the checkpointer 1.1 to 1.2
// instead of 1.9 to 2.1, and the end-to-end rate rose by 3 to 14% (three alternate pairs
// of runs); 8 KB and 32 KB pages did no better.
constexpr std::string_view kNewFilePageSize = "PRAGMA page_size=16384";

// The writer checkpoints itself (stalling every write) only as a safety net, should the
// WAL pass this size. The Checkpointer keeps it short, but the WAL starts over only once a
// checkpoint has caught up between two commits, which a writer busy with a backlog may not
// leave time for. SQLite counts the limit in pages, and a file's pages are 4 or 16 KB.
constexpr std::int64_t kWalSafetyNetBytes = 80 << 20;

// Library settings, only possible before SQLite initializes: done once, before the first
// open. Memory statistics make every SQLite allocation take a global mutex; nothing reads
// them.
void ConfigureLibrary() {
  static std::once_flag once;
  std::call_once(once, [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, kStatementJournalInMemory);
  });
}

}  // namespace

Result<Connection> Connection::Open(const std::filesystem::path& path, Role role) {
  ConfigureLibrary();
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  Connection connection(db);  // owns db even when opening failed
  if (rc != SQLITE_OK) {
    return db ? LastError(db) : Status::Internal("sqlite: out of memory opening database");
  }
  if (Status s = connection.Configure(role); !s.ok()) return s;
  return connection;
}

Status Connection::Configure(Role role) {
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  sqlite3_extended_result_codes(db_, 1);
  if (role == Role::kReader) return RunScript("PRAGMA query_only=ON");
  // A connection learns the file is in WAL mode on its first read; until then a checkpoint
  // does nothing.
  if (role == Role::kCheckpointer) return RunScript("SELECT COUNT(*) FROM sqlite_master");

  // Takes effect only while the file is still empty; an older file keeps its pages.
  if (Status s = RunScript(kNewFilePageSize); !s.ok()) return s;
  Rows mode;
  if (auto r = Run("PRAGMA journal_mode=WAL", {}, &mode); !r.ok()) return r.status();
  if (mode.empty() || mode.rows[0][0] != Value{std::string("wal")}) {
    return Status::Io("sqlite: cannot switch to WAL mode (filesystem without shared memory?)");
  }
  Rows page;
  if (auto r = Run("PRAGMA page_size", {}, &page); !r.ok()) return r.status();
  const std::int64_t page_size = page.empty() ? 0 : IntOf(page.rows[0][0]);
  if (page_size <= 0) return Status::Io("sqlite: cannot read the page size");
  // FULL syncs the WAL on every commit: a caller resumed after COMMIT has its data on disk.
  return RunScript("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint=" +
                   std::to_string(kWalSafetyNetBytes / page_size));
}

Connection::Connection(Connection&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), cache_(std::move(other.cache_)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
  if (this != &other) {
    Close();
    db_ = std::exchange(other.db_, nullptr);
    cache_ = std::move(other.cache_);
  }
  return *this;
}

Connection::~Connection() {
  Close();
}

void Connection::Close() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  cache_.clear();
  if (db_) sqlite3_close_v2(std::exchange(db_, nullptr));
}

Result<sqlite3_stmt*> Connection::Prepare(std::string_view sql) {
  if (auto it = cache_.find(sql); it != cache_.end()) return it->second;
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &stmt, &tail) != SQLITE_OK) {
    return LastError(db_, sql);
  }
  const std::string_view rest(tail, sql.data() + sql.size() - tail);
  if (stmt == nullptr || !IsBlank(rest)) {
    sqlite3_finalize(stmt);
    return Status::Invalid("sqlite: expected exactly one statement [in: " + std::string(sql) + "]");
  }
  if (cache_.size() >= kMaxCachedStatements) {
    for (auto& [text, cached] : cache_) sqlite3_finalize(cached);
    cache_.clear();
  }
  cache_.emplace(std::string(sql), stmt);
  return stmt;
}

Result<bool> Connection::ReadsOnly(std::string_view sql) {
  auto prepared = Prepare(sql);
  if (!prepared.ok()) return prepared.status();
  return sqlite3_stmt_readonly(*prepared) != 0;
}

Result<std::int64_t> Connection::Run(std::string_view sql, std::span<const Value> params,
                                     Rows* out) {
  auto prepared = Prepare(sql);
  if (!prepared.ok()) return prepared.status();
  sqlite3_stmt* stmt = *prepared;
  ResetOnExit reset{stmt};
  if (Status s = BindParams(stmt, params); !s.ok()) return s;
  if (out && out->columns.empty()) out->columns = ColumnNames(stmt);
  for (;;) {
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) return LastError(db_, sql);
    if (out) out->rows.push_back(ReadRow(stmt));
  }
  // sqlite3_changes64 still reports the last write, so a read must not return it.
  return std::int64_t{sqlite3_stmt_readonly(stmt) ? 0 : sqlite3_changes64(db_)};
}

Result<Rows> Connection::Query(std::string_view sql, std::span<const Value> params) {
  Rows rows;
  if (auto run = Run(sql, params, &rows); !run.ok()) return run.status();
  return rows;
}

Status Connection::Checkpoint() {
  const int rc =
      sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  return rc == SQLITE_OK ? Status::Ok() : LastError(db_);
}

Status Connection::RunScript(std::string_view sql) {
  const std::string text(sql);  // sqlite3_exec wants a terminated string
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return Status::Ok();
  Status status = ToStatus(rc, message ? message : sqlite3_errstr(rc), sql);
  sqlite3_free(message);
  return status;
}

}  // namespace waymark::store::sqlite
