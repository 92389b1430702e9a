#pragma once

#include "http/router.hpp"
#include "ops/observed.hpp"

namespace waymark::ops {

// GET /healthz (the process answers), GET /readyz (the store answers too) and
// GET /metrics (Prometheus, for MetricsAllowed callers only). REQUIRES: `observed` outlives the
// router.
void AddRoutes(http::Router& router, const Observed& observed);

}  // namespace waymark::ops
