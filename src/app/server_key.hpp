#pragma once

#include <string>

#include "core/config.hpp"
#include "core/status.hpp"

namespace waymark::app {

// The key per-project secrets derive from: `server_key` when configured, else the one kept
// in <data_dir>/server.key, made on first start (readable by the server's user only).
Result<std::string> LoadServerKey(const Config& config);

}  // namespace waymark::app
