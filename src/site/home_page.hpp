#pragma once

#include <string>

#include "site/site_settings.hpp"

namespace waymark::site {

// GET /: what Waymark is (the changelog widget and its unread badge, in-app messages,
// targeting, analytics, self-hosting) and the way in to the dashboard.
std::string HomePage(const SiteSettings& settings);

}  // namespace waymark::site
