#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/status.hpp"
#include "store/value.hpp"

namespace waymark::store::sqlite {

// One SQLite connection, confined to one thread (opened NOMUTEX). Prepared statements are
// cached because the hot paths run the same few statements thousands of times a second.
class Connection {
 public:
  enum class Role { kWriter, kReader, kCheckpointer };

  // The writer switches the file to WAL with synchronous=FULL; readers refuse to write; the
  // checkpointer only copies the WAL into the database (Checkpoint).
  static Result<Connection> Open(const std::filesystem::path& path, Role role);

  Connection(Connection&& other) noexcept;
  Connection& operator=(Connection&& other) noexcept;
  ~Connection();

  // Runs one statement, appending its rows to `out` when given; returns rows changed.
  Result<std::int64_t> Run(std::string_view sql, std::span<const Value> params, Rows* out);
  // Runs one statement and returns every row it produced.
  Result<Rows> Query(std::string_view sql, std::span<const Value> params);
  // Runs `;`-separated statements without parameters, uncached.
  Status RunScript(std::string_view sql);
  // Whether the statement `sql` leaves the database as it is (it is prepared and cached).
  Result<bool> ReadsOnly(std::string_view sql);
  // A passive WAL checkpoint: copies what it can without waiting for readers or the writer.
  Status Checkpoint();
  // False once SQLite has left the transaction, including when an error rolled it back.
  bool InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

 private:
  struct Hash : std::hash<std::string_view> {
    using is_transparent = void;
  };

  explicit Connection(sqlite3* db) : db_(db) {}
  Status Configure(Role role);
  Result<sqlite3_stmt*> Prepare(std::string_view sql);
  void Close();

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*, Hash, std::equal_to<>> cache_;
};

}  // namespace waymark::store::sqlite
