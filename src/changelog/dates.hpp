#pragma once

#include <cstdint>
#include <string>

namespace waymark::changelog {

// "24 November 2026": the UTC day of `unix_seconds`, as readers see it on the page.
std::string HumanDate(std::int64_t unix_seconds);

// <time datetime="2026-11-24T10:00:00Z">24 November 2026</time>
std::string TimeElement(std::int64_t unix_seconds);

}  // namespace waymark::changelog
