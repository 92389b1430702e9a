#pragma once

#include <string>
#include <string_view>

#include "demo/seed.hpp"
#include "http/router.hpp"

namespace waymark::demo {

// A pretend product page with the install snippet of docs/sdk.md, loading the SDK from
// `api_url` (another origin, as on a real customer's site). A small single-page app:
// its links change the URL with history.pushState, and the reports view adds its export
// button late, as real apps do.
std::string DemoPage(std::string_view api_url, const DemoProject& demo);

// Serves the page at every path, so a reload of /pricing works as in a real app.
// REQUIRES: `page` outlives the router.
void AddDemoRoutes(http::Router& router, const std::string& page, std::string_view api_url);

}  // namespace waymark::demo
