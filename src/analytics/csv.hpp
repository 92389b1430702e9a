#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/value.hpp"

// The raw-event export as CSV (RFC 4180): one header line, then a line per event.
namespace waymark::analytics {

// The columns the export query selects, in order.
inline constexpr std::string_view kExportColumns =
    "event_id, type, name, user_key, interaction_id, post_id, ts, received_at, props";

std::string CsvHeader();
// One event's line. Cells a spreadsheet would run as a formula (=, +, -, @ first) are
// prefixed with a quote, so an export opened in one cannot run what end-users sent.
std::string CsvLine(const std::vector<store::Value>& row);

}  // namespace waymark::analytics
