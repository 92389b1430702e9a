#pragma once

#include <memory>

#include "core/config.hpp"
#include "store/database.hpp"

namespace waymark::app {

// Opens the configured store and applies pending migrations, logging how many.
Result<std::unique_ptr<store::Database>> OpenMigratedStore(const Config& config);

}  // namespace waymark::app
