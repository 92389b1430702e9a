#pragma once

#include <cstdint>
#include <string>

namespace waymark {

// "2026-11-24T09:30:00Z": how the API writes times (stored as Unix seconds).
std::string Iso8601(std::int64_t unix_seconds);

}  // namespace waymark
