#include <cstdio>

#include "app/commands.hpp"
#include "app/store.hpp"
#include "core/log.hpp"

namespace waymark::app {

int Migrate(const Config& config) {
  InitLogging(config.log_level);
  Result<std::unique_ptr<store::Database>> db = OpenMigratedStore(config);
  if (!db.ok()) {
    std::fprintf(stderr, "waymark migrate: %s\n", db.status().message().c_str());
    return 1;
  }
  return 0;
}

}  // namespace waymark::app
