#pragma once

#include <string>

#include "ops/observed.hpp"

namespace waymark::ops {

// Everything /metrics publishes, in the Prometheus text format.
std::string RenderMetrics(const Observed& observed);

}  // namespace waymark::ops
