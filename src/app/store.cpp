#include "app/store.hpp"

#include <spdlog/spdlog.h>

#include "store/migration.hpp"
#include "store/sqlite.hpp"

namespace waymark::app {

Result<std::unique_ptr<store::Database>> OpenMigratedStore(const Config& config) {
  store::SqliteOptions options;
  options.path = config.data_dir / "waymark.db";
  options.readers = config.store_readers;
  Result<std::unique_ptr<store::Database>> db = store::OpenSqlite(options);
  if (!db.ok()) return db.status();
  Result<int> applied = store::Migrate(**db, store::AllMigrations());
  if (!applied.ok()) return applied.status();
  spdlog::info("store.ready path=\"{}\" migrations_applied={}", options.path.string(), *applied);
  return db;
}

}  // namespace waymark::app
