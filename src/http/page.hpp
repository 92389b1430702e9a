#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace waymark::http {

// Where the next page of the log starts: the (time, id) of the last event shown, written
// as "TIME.ID" so clients pass it back without looking inside.
struct Cursor {
  std::int64_t at = 0;
  std::string id;
};

std::string FormatCursor(const Cursor& cursor);
std::optional<Cursor> ParseCursor(std::string_view text);

// The page size asked for: 50 when absent, nullopt when not a number from 1 to 200.
std::optional<int> ParseLimit(std::optional<std::string> text);

}  // namespace waymark::http
