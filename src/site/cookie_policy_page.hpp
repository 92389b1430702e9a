#pragma once

#include <string>

#include "site/site_settings.hpp"

namespace waymark::site {

// GET /cookie-policy: the policy, generated from the cookie registry and this server's
// settings. What was collected, what a cookie is, what the cookies do, the table of every
// registered cookie (id="cookie-table"), IP addresses and the access log as configured,
// third parties, how to change the choice (id="cookie-settings", which the consent pop-up
// opens on), and the policy's version and date.
std::string CookiePolicyPage(const SiteSettings& settings);

// "version 1, last updated <time datetime="2026-11-25">25 November 2026</time>"
std::string PolicyVersionHtml();

}  // namespace waymark::site
