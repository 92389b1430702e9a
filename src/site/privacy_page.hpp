#pragma once

#include <string>

#include "site/site_settings.hpp"

namespace waymark::site {

// GET /privacy: who runs this server and how to reach them, and what it keeps about
// visitors, makers (dashboard accounts) and the people using sites that embed the widget,
// for how long as configured, and what it never does with it.
std::string PrivacyPage(const SiteSettings& settings);

}  // namespace waymark::site
