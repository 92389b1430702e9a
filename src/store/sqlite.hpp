#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>

#include "core/status.hpp"
#include "store/database.hpp"

namespace waymark::store {

struct SqliteOptions {
  std::filesystem::path path;              // parent directories are created
  int readers = 2;                         // reader threads, one connection each
  std::size_t max_pending_writes = 10000;  // beyond this Write answers Unavailable
  std::size_t max_group = 1024;            // writes per transaction, to bound latency
};

// Opens (creating if needed) a SQLite database in WAL mode with synchronous=FULL, so a
// write that has completed survives a crash. Destroying the database finishes every queued
// write and read, completes its caller, and joins the store threads.
Result<std::unique_ptr<Database>> OpenSqlite(const SqliteOptions& options);

}  // namespace waymark::store
