#pragma once

#include <chrono>
#include <string>

#include "cookies/registry.hpp"

// How long a cookie lasts, in words. The cookie policy page and GET /api/v1/cookies both
// take them from here, so the two can never describe a cookie differently.
namespace waymark::cookies {

// The duration in its largest whole unit: "1 year", "180 days", "36 hours", "1 second".
std::string DurationText(std::chrono::seconds duration);

// "Session" for a cookie gone when the browser closes, "1 year" for a persistent one, and
// the "remember me" life after either: "Session; 30 days with “remember me”".
std::string LifetimeText(const CookieSpec& spec);

}  // namespace waymark::cookies
