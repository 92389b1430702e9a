#pragma once

#include "core/config.hpp"

namespace waymark::app {

// `waymark serve`: runs until SIGTERM or SIGINT; returns the process exit status.
int Serve(const Config& config);

// `waymark migrate`: applies pending schema migrations and exits.
int Migrate(const Config& config);

}  // namespace waymark::app
