#pragma once

#include <boost/json/object.hpp>

#include "traffic/report.hpp"

namespace waymark::traffic {

// The report as JSON, for `waymark logs stats --format json` and GET /api/v1/traffic.
// Top level: from, to, requests, visitors, bytes, status (code -> count), days, hours,
// pages, files, notFound, failures, referrers, browsers, systems, devices, crawlers,
// lines, notes, and demographics when asked for (docs/traffic.md describes each).
boost::json::object ReportJson(const Report& report);

}  // namespace waymark::traffic
