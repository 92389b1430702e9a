#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace waymark {

// "2026-11-24T09:30:00Z": how the API writes times (stored as Unix seconds).
std::string Iso8601(std::int64_t unix_seconds);
// "2026-11-24T09:30:00.250Z": the same with milliseconds, for times stored in epoch ms.
std::string Iso8601Millis(std::int64_t unix_ms);

// "2026-11-24": a calendar day, as reports and their queries write it.
std::string IsoDate(std::chrono::sys_days day);
// The day an "YYYY-MM-DD" text names; nullopt for anything else or an impossible date.
std::optional<std::chrono::sys_days> ParseIsoDate(std::string_view text);

// The Unix time an ISO 8601 (RFC 3339) text names: "2026-11-24" (midnight UTC),
// "2026-11-24T09:30:00Z", "2026-11-24T09:30:00.250+05:30" (fractions dropped), or with a
// space for the 'T'. nullopt for anything else, for impossible dates (2023-02-29) and for
// years outside 1970..9999, which no schedule or attribute needs.
std::optional<std::int64_t> ParseIso8601(std::string_view text);

}  // namespace waymark
